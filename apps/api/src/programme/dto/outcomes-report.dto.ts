import { ApiProperty } from '@nestjs/swagger';
import { BUDGET_DECISIONS, COHORTS, CRISIS_EVENT_KINDS } from '@ipc/domain';
import { PeriodDto, SuppressionDto } from './programme-views.dto';

const published = (description: string) => ({ type: 'integer', nullable: true, description }) as const;
const shownPeople = published('Rounded to 5; null under 5 (0 included)');
const nullableNumber = (description: string) => ({ type: Number, nullable: true, description }) as const;
const nullablePence = (description: string) => ({ type: 'integer', minimum: 0, nullable: true, description }) as const;

class MeanChangeDto {
  @ApiProperty(
    published('People measured at least twice whose latest measure fell in the period; rounded to 5, null under 5'),
  )
  people!: number | null;

  @ApiProperty(nullableNumber('Mean of latest minus first measure, to 2 decimal places; null when people is'))
  meanChange!: number | null;
}

export class ActivationChangeDto extends MeanChangeDto {
  @ApiProperty({ enum: COHORTS })
  cohort!: string;

  @ApiProperty({ description: 'Whether the site measures activation (PAM) for this cohort' })
  measured!: boolean;
}

export class QualityOfLifeChangeDto extends MeanChangeDto {
  @ApiProperty({ example: 'ICECAP-A' })
  instrument!: string;
}

export class RatingCountDto {
  @ApiProperty({ example: 'achieved' })
  rating!: string;

  @ApiProperty(published('Outcomes whose latest rating this is; rounded to 5, null under 5'))
  outcomes!: number | null;
}

export class OutcomeRatingsDto {
  @ApiProperty(published('Outcomes whose latest rating was given in the period; rounded as the equality totals are'))
  outcomes!: number | null;

  @ApiProperty({ type: [RatingCountDto] })
  byRating!: RatingCountDto[];

  @ApiProperty(nullableNumber('Achieved over all outcomes rated, of the published figures, to 4 decimal places'))
  achievedShare!: number | null;
}

export class CrisisRateDto {
  @ApiProperty({ enum: CRISIS_EVENT_KINDS })
  kind!: string;

  @ApiProperty(published('Events in this time; rounded to 5, null under 5'))
  events!: number | null;

  @ApiProperty(nullableNumber('Published events per person-year, to 2 decimal places'))
  perPersonYear!: number | null;
}

export class PlanPhaseDto {
  @ApiProperty(shownPeople)
  people!: number | null;

  @ApiProperty(nullableNumber('Person-time in this phase up to the period end, in years to 1 decimal place'))
  personYears!: number | null;

  @ApiProperty({ type: [CrisisRateDto] })
  byKind!: CrisisRateDto[];
}

export class CrisesDto {
  @ApiProperty({ type: PlanPhaseDto, description: 'From identification to the plan agreed (or closure)' })
  beforePlan!: PlanPhaseDto;

  @ApiProperty({ type: PlanPhaseDto, description: 'From the plan agreed to closure or the period end' })
  afterPlan!: PlanPhaseDto;
}

export class BudgetTakeUpDto {
  @ApiProperty({ enum: BUDGET_DECISIONS })
  stage!: string;

  @ApiProperty(shownPeople)
  people!: number | null;

  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: "One table per characteristic and cohort: counts by answer and each group's share of those referred",
  })
  dimensions!: Record<string, unknown>[];
}

export class SpendAgainstBudgetDto {
  @ApiProperty({ enum: COHORTS })
  cohort!: string;

  @ApiProperty(published('People with a personal budget now; rounded to 5, null under 5 (and then so are the sums)'))
  budgets!: number | null;

  @ApiProperty(nullablePence('Annual totals of the budgets in force now, pence'))
  budgetTotalPence!: number | null;

  @ApiProperty(nullablePence('Spend recorded in the period by those people, pence'))
  spendTotalPence!: number | null;

  @ApiProperty(nullableNumber('Spend over budget, to 4 decimal places'))
  spendRatio!: number | null;
}

/** Outcome figures for a site over a period, small counts suppressed. */
export class OutcomesReportDto {
  @ApiProperty()
  siteId!: string;

  @ApiProperty({ type: PeriodDto })
  period!: PeriodDto;

  @ApiProperty({ type: SuppressionDto })
  suppression!: SuppressionDto;

  @ApiProperty({
    type: [ActivationChangeDto],
    description: 'Activation (PAM score) change, first to latest, by cohort',
  })
  activation!: ActivationChangeDto[];

  @ApiProperty({ type: OutcomeRatingsDto, description: "Plan outcomes by each outcome's latest review rating" })
  outcomeRatings!: OutcomeRatingsDto;

  @ApiProperty({
    type: [QualityOfLifeChangeDto],
    description: 'Quality-of-life change, first to latest, by instrument',
  })
  qualityOfLife!: QualityOfLifeChangeDto[];

  @ApiProperty({ type: CrisesDto, description: 'Crises and unplanned admissions per person-year' })
  crises!: CrisesDto;

  @ApiProperty({
    type: [BudgetTakeUpDto],
    description: 'Personal budget holders and decliners now, by characteristic and cohort, as the equality figures',
  })
  budgetTakeUp!: BudgetTakeUpDto[];

  @ApiProperty({ type: [SpendAgainstBudgetDto] })
  spendAgainstBudget!: SpendAgainstBudgetDto[];
}
