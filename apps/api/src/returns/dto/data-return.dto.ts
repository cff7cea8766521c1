import { ApiProperty } from '@nestjs/swagger';
import { date } from '../../common/api-schema';
import { SuppressionDto } from '../../programme/dto/programme-views.dto';

const published = { type: 'integer', minimum: 0, nullable: true, description: 'Rounded to 5; null under 5' } as const;
const shownPence = {
  type: 'integer',
  minimum: 0,
  nullable: true,
  description: 'Exact pence; null when the count beside it is',
} as const;

export class QuarterDto {
  @ApiProperty(date)
  from!: string;

  @ApiProperty(date)
  to!: string;
}

export class RuleDto {
  @ApiProperty()
  rule!: string;
}

export class ReturnPeopleDto {
  @ApiProperty({ ...published, description: 'People first identified (eligible, consent to share) in the quarter' })
  identified!: number | null;

  @ApiProperty({ ...published, description: 'Open journeys with an agreed plan on the last day' })
  withPlan!: number | null;

  @ApiProperty({ ...published, description: 'Open journeys with a personal budget on the last day' })
  withPersonalBudget!: number | null;
}

export class DeploymentMoneyDto {
  @ApiProperty({ example: 'direct-payment' })
  deployment!: string;

  @ApiProperty(published)
  people!: number | null;

  @ApiProperty(shownPence)
  totalPence!: number | null;
}

export class FundingStreamMoneyDto {
  @ApiProperty({ example: 'nhs' })
  fundingStream!: string;

  @ApiProperty(published)
  people!: number | null;

  @ApiProperty(shownPence)
  totalPence!: number | null;
}

export class ReturnBudgetsDto {
  @ApiProperty({ type: [DeploymentMoneyDto] })
  byDeployment!: DeploymentMoneyDto[];

  @ApiProperty({ type: [FundingStreamMoneyDto] })
  byFundingStream!: FundingStreamMoneyDto[];
}

export class ReturnCarersDto {
  @ApiProperty(published)
  identified!: number | null;

  @ApiProperty({ ...published, description: 'Carers whose assessment was completed in the quarter' })
  assessed!: number | null;
}

export class ReturnReviewsDto {
  @ApiProperty(published)
  held!: number | null;

  @ApiProperty({ ...published, description: 'Held on or before the date they were due' })
  onTime!: number | null;

  @ApiProperty(published)
  late!: number | null;
}

export class MeasuresTakenDto {
  @ApiProperty(published)
  measures!: number | null;

  @ApiProperty({ ...published, description: 'People measured' })
  people!: number | null;
}

export class InstrumentMeasuresDto extends MeasuresTakenDto {
  @ApiProperty({ example: 'EQ-5D-5L' })
  instrument!: string;
}

export class ReturnOutcomeMeasuresDto {
  @ApiProperty({ type: MeasuresTakenDto, description: 'PAM scores taken' })
  activation!: MeasuresTakenDto;

  @ApiProperty({ type: [InstrumentMeasuresDto] })
  qualityOfLife!: InstrumentMeasuresDto[];
}

export class DataReturnDto {
  @ApiProperty()
  siteId!: string;

  @ApiProperty({ example: '2026-Q3' })
  quarter!: string;

  @ApiProperty({ type: QuarterDto })
  period!: QuarterDto;

  @ApiProperty({ type: String, format: 'date-time', description: 'Only what was recorded before this is counted' })
  recordedBefore!: string;

  @ApiProperty({ type: RuleDto })
  counting!: RuleDto;

  @ApiProperty({ type: SuppressionDto })
  suppression!: SuppressionDto;

  @ApiProperty({ type: ReturnPeopleDto })
  people!: ReturnPeopleDto;

  @ApiProperty({ type: ReturnBudgetsDto })
  personalBudgets!: ReturnBudgetsDto;

  @ApiProperty({ type: ReturnCarersDto })
  carers!: ReturnCarersDto;

  @ApiProperty({ type: ReturnReviewsDto })
  reviews!: ReturnReviewsDto;

  @ApiProperty({ type: ReturnOutcomeMeasuresDto })
  outcomeMeasures!: ReturnOutcomeMeasuresDto;
}
