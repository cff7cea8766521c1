import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEPLOYMENT_OPTIONS, type DeploymentOption, HOLDER_TYPES, type HolderType } from '@ipc/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { IsPastOrTodayDate } from '../../common/calendar-date.validator';
import { StepBaseDto } from '../../participants/dto/step-base.dto';
import { FunderPenceDto } from './resource-allocation.dto';
import { NestedList } from '../../common/nested-list.decorator';
import { IsPence } from '../../common/pence.decorator';

export class HolderDto {
  @ApiProperty({ enum: HOLDER_TYPES })
  @IsIn(HOLDER_TYPES)
  type!: HolderType;

  @ApiProperty({ description: 'A carer id, or the organisation holding a third-party budget or ISF' })
  @IsString()
  @Length(1, 200)
  reference!: string;
}

export class DirectPaymentDto {
  @ApiProperty({ description: "Date the person's consent to a direct payment was recorded" })
  @IsPastOrTodayDate()
  consentGivenOn!: string;

  @ApiProperty({ description: 'Direct payment support was offered' })
  @IsBoolean()
  supportOffered!: boolean;
}

export class BudgetPartDto {
  @ApiPropertyOptional({ description: 'Keep the id when revising so the part stays the same part' })
  @IsOptional()
  @IsUUID()
  partId?: string;

  @ApiProperty({ enum: DEPLOYMENT_OPTIONS })
  @IsIn(DEPLOYMENT_OPTIONS)
  deployment!: DeploymentOption;

  @IsPence({ example: 500_000 })
  amountPence!: number;

  @ApiPropertyOptional({ type: HolderDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => HolderDto)
  holder?: HolderDto;

  @ApiPropertyOptional({ type: DirectPaymentDto, description: 'Required for a direct payment' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DirectPaymentDto)
  directPayment?: DirectPaymentDto;
}

export class BudgetDto extends StepBaseDto {
  @IsPence({ example: 1_500_000, description: "The plan's cost: the funders' shares and the person's contribution" })
  totalPence!: number;

  @ApiProperty({
    type: FunderPenceDto,
    description: "Each funder's share (social care after the person's contribution); with the contribution, the total",
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => FunderPenceDto)
  fundingStreams!: FunderPenceDto;

  @IsPence({ example: 120_000, description: "The person's assessed contribution, part of the total" })
  contributionPence!: number;

  @ApiProperty({ type: [BudgetPartDto] })
  @NestedList(() => BudgetPartDto, { min: 1, max: 20 })
  parts!: BudgetPartDto[];

  @ApiPropertyOptional({ description: 'Why the budget is revised; required when a budget is already set' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}

/** A refusal always records its reason. */
export class BudgetDeclineDto extends StepBaseDto {
  @ApiProperty({ description: 'Why the person chose a plan without a personal budget, in their words' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class DirectPaymentWithdrawalDto extends StepBaseDto {
  @ApiProperty()
  @IsUUID()
  partId!: string;

  @ApiProperty({ description: 'Why consent was withdrawn' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

/** A budget approver's approval of a budget total beyond the site's variance threshold. */
export class BudgetApprovalDto {
  @IsPence({ example: 2_500_000, description: 'The budget total approved; the budget set must be exactly this' })
  totalPence!: number;

  @ApiProperty({ minLength: 1, maxLength: 2000, description: 'Why the approval is given' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
