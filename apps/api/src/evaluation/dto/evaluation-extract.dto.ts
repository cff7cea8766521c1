import { ApiProperty } from '@nestjs/swagger';
import { pence } from '../../common/api-schema';

const month = { type: String, pattern: '^\\d{4}-\\d{2}$', example: '2026-09' } as const;
const nullableMonth = { ...month, nullable: true } as const;

export class MonthlyScoreDto {
  @ApiProperty()
  score!: number;

  @ApiProperty(month)
  month!: string;
}

export class MeasuresSummaryDto {
  @ApiProperty({ type: 'integer', minimum: 0 })
  measures!: number;

  @ApiProperty({ type: MonthlyScoreDto, nullable: true })
  first!: MonthlyScoreDto | null;

  @ApiProperty({ type: MonthlyScoreDto, nullable: true })
  latest!: MonthlyScoreDto | null;
}

export class InstrumentSummaryDto extends MeasuresSummaryDto {
  @ApiProperty({ example: 'EQ-5D-5L' })
  instrument!: string;

  @ApiProperty({ description: 'The version of the latest score' })
  version!: string;
}

export class EvaluationBudgetDto {
  @ApiProperty(pence)
  totalPence!: number;

  @ApiProperty(pence)
  nhsPence!: number;

  @ApiProperty(pence)
  socialCarePence!: number;

  @ApiProperty(pence)
  educationPence!: number;

  @ApiProperty(pence)
  contributionPence!: number;

  @ApiProperty({ ...pence, nullable: true })
  indicativeTotalPence!: number | null;
}

export class EvaluationRowDto {
  @ApiProperty({ description: "HMAC-SHA-256 of the NHS number with the site's secret, hex", example: 'a3f1…' })
  pseudonym!: string;

  @ApiProperty()
  cohort!: string;

  @ApiProperty()
  stage!: string;

  @ApiProperty(month)
  birthMonth!: string;

  @ApiProperty(month)
  referredMonth!: string;

  @ApiProperty(nullableMonth)
  identifiedMonth!: string | null;

  @ApiProperty(nullableMonth)
  planAgreedMonth!: string | null;

  @ApiProperty(nullableMonth)
  closedMonth!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The outward code', example: 'LS1' })
  postcodeDistrict!: string | null;

  @ApiProperty({ type: String, nullable: true })
  studyArm!: string | null;

  @ApiProperty({ type: EvaluationBudgetDto, nullable: true, description: 'The latest budget' })
  budget!: EvaluationBudgetDto | null;

  @ApiProperty({ type: MeasuresSummaryDto, description: 'PAM scores' })
  activation!: MeasuresSummaryDto;

  @ApiProperty({ type: [InstrumentSummaryDto] })
  qualityOfLife!: InstrumentSummaryDto[];
}

export class EvaluationExtractDto {
  @ApiProperty()
  siteId!: string;

  @ApiProperty({ type: [EvaluationRowDto] })
  items!: EvaluationRowDto[];

  @ApiProperty({ type: 'integer', minimum: 0 })
  total!: number;
}
