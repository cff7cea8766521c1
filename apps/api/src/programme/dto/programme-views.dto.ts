import { ApiProperty } from '@nestjs/swagger';
import { COHORTS, PROJECTION_MEASURES } from '@ipc/domain';
import { date } from '../../common/api-schema';
import { SiteCharacteristicDto } from './site-settings.dto';

const count = { type: 'integer', minimum: 0 } as const;
const nullableNumber = { type: Number, nullable: true } as const;
const figures = (description: string) => ({ type: 'object', additionalProperties: true, description }) as const;
const rows = (description: string) =>
  ({ type: 'array', items: { type: 'object', additionalProperties: true }, description }) as const;

export class PeriodDto {
  @ApiProperty(date)
  from!: string;

  @ApiProperty(date)
  to!: string;

  @ApiProperty({ ...date, description: 'Stays still going are measured to this date' })
  asOf!: string;
}

export class StagePeopleDto {
  @ApiProperty()
  stage!: string;

  @ApiProperty(count)
  people!: number;
}

/** Pathway throughput for a site over a period. */
export class ThroughputReportDto {
  @ApiProperty()
  siteId!: string;

  @ApiProperty({ type: PeriodDto })
  period!: PeriodDto;

  @ApiProperty({ type: [String] })
  stages!: string[];

  @ApiProperty({ type: [StagePeopleDto] })
  peopleNow!: StagePeopleDto[];

  @ApiProperty(count)
  peopleNowTotal!: number;

  @ApiProperty(figures('Referrals, all moves, and moves between each pair of stages'))
  moves!: Record<string, unknown>;

  @ApiProperty(rows('Of those entering each stage, how many went on to each next stage'))
  conversion!: Record<string, unknown>[];

  @ApiProperty(rows('Days spent in each stage: median, quartiles, stays counted'))
  timeInStage!: Record<string, unknown>[];

  @ApiProperty(figures('Reviews held on time and late in the period, and overdue now'))
  reviews!: Record<string, unknown>;

  @ApiProperty(figures('Budgets by funder and deployment (pence), indicative against final'))
  budgets!: Record<string, unknown>;
}

export class ProjectionFigureDto {
  @ApiProperty({ enum: PROJECTION_MEASURES })
  measure!: string;

  @ApiProperty()
  available!: boolean;

  @ApiProperty(count)
  actual!: number;

  @ApiProperty(nullableNumber)
  actualPer1000!: number | null;
}

export class ExpectedProjectionFigureDto extends ProjectionFigureDto {
  @ApiProperty(nullableNumber)
  expectedPer1000!: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  expected!: number | null;
}

export class CohortProjectionDto {
  @ApiProperty({ enum: COHORTS })
  cohort!: string;

  @ApiProperty({ type: [ProjectionFigureDto] })
  measures!: ProjectionFigureDto[];
}

/** Actual against expected numbers per 1,000 of the site's population. */
export class ProjectionReportDto {
  @ApiProperty()
  siteId!: string;

  @ApiProperty(date)
  asOf!: string;

  @ApiProperty({ type: 'integer', nullable: true })
  population!: number | null;

  @ApiProperty({ type: [ExpectedProjectionFigureDto] })
  measures!: ExpectedProjectionFigureDto[];

  @ApiProperty({ type: [CohortProjectionDto] })
  byCohort!: CohortProjectionDto[];
}

export class SuppressionDto {
  @ApiProperty()
  rule!: string;
}

export class EqualityStageDto {
  @ApiProperty()
  stage!: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Rounded to 5; null under 5' })
  people!: number | null;

  @ApiProperty(rows('One table per characteristic and cohort: counts by answer, small counts suppressed'))
  dimensions!: Record<string, unknown>[];
}

/** Take-up at each stage by protected characteristic and cohort. */
export class EqualityReportDto {
  @ApiProperty()
  siteId!: string;

  @ApiProperty(date)
  asOf!: string;

  @ApiProperty({ type: SuppressionDto })
  suppression!: SuppressionDto;

  @ApiProperty({ type: [EqualityStageDto] })
  stages!: EqualityStageDto[];
}

export class ExpectedPer1000ViewDto {
  @ApiProperty(nullableNumber)
  ipcCohort!: number | null;

  @ApiProperty(nullableNumber)
  carePlan!: number | null;

  @ApiProperty(nullableNumber)
  personalBudget!: number | null;

  @ApiProperty(nullableNumber)
  personalHealthBudget!: number | null;
}

/** The site's settings in the shape `PUT` takes, with the site and who last set them. */
export class SiteSettingsViewDto {
  @ApiProperty()
  siteId!: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Null until an administrator sets it' })
  population!: number | null;

  @ApiProperty({ type: [SiteCharacteristicDto] })
  characteristics!: SiteCharacteristicDto[];

  @ApiProperty({ type: ExpectedPer1000ViewDto, description: 'Null where the programme has no default' })
  expectedPer1000!: ExpectedPer1000ViewDto;

  @ApiProperty({ type: String, nullable: true })
  updatedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt!: Date | null;
}
