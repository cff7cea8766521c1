import { ApiProperty } from '@nestjs/swagger';
import { COHORTS, NEED_BANDS } from '@ipc/domain';
import { pence } from '../../common/api-schema';
import { FunderAmountsDto, JourneyViewDto } from '../../participants/dto/journey-view.dto';

export class StatementExplanationDto {
  @ApiProperty({ example: 'reference annual cost' })
  figure!: string;

  @ApiProperty()
  rule!: string;

  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } })
  inputs!: Record<string, string | number>;
}

/** The Individual Statement of Resources as worked out from the site's rules. */
export class IndividualStatementDto {
  @ApiProperty({ enum: COHORTS })
  cohort!: string;

  @ApiProperty({ enum: NEED_BANDS })
  needBand!: string;

  @ApiProperty({ ...pence, description: "The funders' shares and the person's contribution" })
  indicativeTotalPence!: number;

  @ApiProperty({ ...pence, description: 'What the funders pay of the total' })
  fundersTotalPence!: number;

  @ApiProperty({ type: FunderAmountsDto })
  byFunder!: FunderAmountsDto;

  @ApiProperty(pence)
  contributionPence!: number;

  @ApiProperty(pence)
  personalBudgetSharePence!: number;

  @ApiProperty({ type: [String] })
  communityServices!: string[];

  @ApiProperty({ type: [StatementExplanationDto], description: 'How each figure was worked out' })
  explanation!: StatementExplanationDto[];
}

/** The journey after the ISR was issued, with the ISR itself. */
export class IndicativeBudgetAnswerDto extends JourneyViewDto {
  @ApiProperty({ type: IndividualStatementDto })
  individualStatement!: IndividualStatementDto;
}

/** A budget approver's approval of a total: the approver is the staff id from their access token. */
export class BudgetApprovalViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty(pence)
  totalPence!: number;

  @ApiProperty({ description: "The approver's staff id, from their token" })
  approvedBy!: string;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ format: 'date-time' })
  approvedAt!: string;
}
