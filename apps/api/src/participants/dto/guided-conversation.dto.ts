import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONVERSATION_OUTCOMES, type ConversationOutcome, PEER_SUPPORT_KINDS, type PeerSupportKind } from '@ipc/domain';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { StepBaseDto } from './step-base.dto';
import { NestedList } from '../../common/nested-list.decorator';

export class GoalDto {
  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  goal!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  actions!: string[];
}

export class ReferralMadeDto {
  @ApiProperty({ example: 'social care assessment' })
  @IsString()
  @Length(1, 200)
  service!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class CarerIdentifiedDto {
  @ApiProperty({ example: 'daughter' })
  @IsString()
  @Length(1, 100)
  relationship!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;
}

export class GuidedConversationDto extends StepBaseDto {
  @ApiProperty({ description: 'What matters to the person, in their words' })
  @IsString()
  @Length(1, 8000)
  whatMatters!: string;

  @ApiProperty({ type: [GoalDto] })
  @NestedList(() => GoalDto, { max: 50 })
  goals!: GoalDto[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  communityConnections!: string[];

  @ApiProperty({ enum: PEER_SUPPORT_KINDS, isArray: true })
  @IsArray()
  @IsIn(PEER_SUPPORT_KINDS, { each: true })
  peerSupport!: PeerSupportKind[];

  @ApiProperty({ type: [ReferralMadeDto] })
  @NestedList(() => ReferralMadeDto, { max: 50 })
  referralsMade!: ReferralMadeDto[];

  @ApiProperty({ type: [CarerIdentifiedDto] })
  @NestedList(() => CarerIdentifiedDto, { max: 20 })
  carersIdentified!: CarerIdentifiedDto[];

  @ApiProperty({ enum: CONVERSATION_OUTCOMES })
  @IsIn(CONVERSATION_OUTCOMES)
  outcome!: ConversationOutcome;
}
