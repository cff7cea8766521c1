import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import {
  ACTIVATION_NOT_MEASURED_REASONS,
  CLOSURE_REASONS,
  COHORTS,
  DEPLOYMENT_OPTIONS,
  HOLDER_TYPES,
  INFORMATION_FORMATS,
  JOURNEY_STAGES,
  JOURNEY_STEPS,
  NEED_BANDS,
  PLANNING_SUPPORT,
  REFERRAL_SOURCES,
  REVIEW_TRIGGERS,
  STATEMENT_CYCLES,
} from '@ipc/domain';
import { date, nullableDate, pence } from '../../common/api-schema';
import { TimelineStepDto } from '../../common/timeline-view.dto';

export class FunderAmountsDto {
  @ApiProperty(pence)
  nhs!: number;

  @ApiProperty(pence)
  socialCare!: number;

  @ApiProperty(pence)
  education!: number;
}

export class ActivationViewDto {
  @ApiProperty({
    type: Number,
    minimum: 0,
    maximum: 100,
    example: 56.2,
    nullable: true,
    description: 'null: not measured',
  })
  score!: number | null;

  @ApiProperty({ type: 'integer', enum: [1, 2, 3, 4], nullable: true })
  level!: number | null;

  @ApiProperty({ enum: PLANNING_SUPPORT, description: "From the level; without a score, the coordinator's choice" })
  planningSupport!: string;

  @ApiPropertyOptional({ enum: ACTIVATION_NOT_MEASURED_REASONS, description: 'Why there is no score' })
  notMeasuredReason?: string;

  @ApiProperty(date)
  measuredOn!: string;
}

export class CarePlanItemCostDto {
  @ApiProperty()
  itemId!: string;

  @ApiProperty(pence)
  annualCostPence!: number;
}

export class JourneyCarePlanDto {
  @ApiProperty({ type: 'integer', minimum: 1 })
  version!: number;

  @ApiProperty()
  coordinatorId!: string;

  @ApiProperty({ type: [CarePlanItemCostDto] })
  items!: CarePlanItemCostDto[];

  @ApiProperty(pence)
  totalAnnualCostPence!: number;

  @ApiProperty(nullableDate)
  agreedOn!: string | null;
}

export class EhcPlanViewDto {
  @ApiProperty({ description: 'Under five at the last plan or review: reviewed every 3 to 6 months' })
  underFive!: boolean;
}

export class IndicativeBudgetViewDto {
  @ApiProperty({ type: 'integer', minimum: 1 })
  version!: number;

  @ApiProperty({ enum: NEED_BANDS })
  needBand!: string;

  @ApiProperty({
    ...pence,
    description: "The funders' shares and the contribution (the funders' alone in ISRs before)",
  })
  indicativeTotalPence!: number;

  @ApiPropertyOptional({ ...pence, description: 'What the funders pay of the total; absent in ISRs issued before' })
  fundersPence?: number;

  @ApiProperty(date)
  issuedOn!: string;
}

export class BudgetHolderDto {
  @ApiProperty({ enum: HOLDER_TYPES })
  type!: string;

  @ApiProperty()
  reference!: string;
}

export class DirectPaymentViewDto {
  @ApiProperty(date)
  consentGivenOn!: string;

  @ApiProperty()
  supportOffered!: boolean;
}

export class BudgetPartViewDto {
  @ApiProperty()
  partId!: string;

  @ApiProperty({ enum: DEPLOYMENT_OPTIONS })
  deployment!: string;

  @ApiProperty(pence)
  amountPence!: number;

  @ApiProperty({ type: BudgetHolderDto, nullable: true })
  holder!: BudgetHolderDto | null;

  @ApiProperty({ type: DirectPaymentViewDto, nullable: true })
  directPayment!: DirectPaymentViewDto | null;

  @ApiProperty(nullableDate)
  withdrawnOn!: string | null;
}

export class PersonalBudgetViewDto {
  @ApiProperty({ type: 'integer', minimum: 1 })
  version!: number;

  @ApiProperty(date)
  startDate!: string;

  @ApiProperty(pence)
  totalPence!: number;

  @ApiProperty({ type: FunderAmountsDto })
  byFunder!: FunderAmountsDto;

  @ApiProperty(pence)
  contributionPence!: number;

  @ApiProperty({ type: [BudgetPartViewDto] })
  parts!: BudgetPartViewDto[];

  @ApiProperty({ type: String, nullable: true })
  approvedBy!: string | null;

  @ApiProperty({ enum: STATEMENT_CYCLES })
  statementCycle!: string;

  @ApiProperty(date)
  nextStatementOn!: string;

  @ApiProperty(date)
  statementYearStart!: string;
}

export class ReviewIntervalDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1 })
  weeks?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1 })
  months?: number;
}

export class ReviewRuleViewDto {
  @ApiProperty()
  id!: string;

  @ApiProperty({ enum: REVIEW_TRIGGERS })
  appliesTo!: string;

  @ApiProperty({ type: ReviewIntervalDto })
  firstAfter!: ReviewIntervalDto;

  @ApiProperty({ type: 'integer', minimum: 1 })
  thenEveryMonths!: number;
}

export class ReviewScheduleDto {
  @ApiProperty({ type: [ReviewRuleViewDto] })
  rules!: ReviewRuleViewDto[];

  @ApiProperty({ type: 'integer', isArray: true })
  reminderLeadDays!: number[];

  @ApiProperty({ type: 'integer' })
  escalationAfterDays!: number;
}

export class JourneyReviewsDto {
  @ApiProperty({ type: ReviewScheduleDto, nullable: true })
  schedule!: ReviewScheduleDto | null;

  @ApiProperty(nullableDate)
  lastReviewOn!: string | null;

  @ApiProperty(nullableDate)
  requestedOn!: string | null;

  @ApiProperty(nullableDate)
  nextDueOn!: string | null;

  @ApiProperty({ type: [String] })
  remindersRequested!: string[];
}

export class JourneyClosureDto {
  @ApiProperty({ enum: CLOSURE_REASONS })
  reason!: string;

  @ApiProperty(date)
  closedOn!: string;
}

/** Where a journey is, as its workflow holds it: what every journey step answers with. */
export class FollowUpViewDto {
  @ApiProperty(date)
  dueOn!: string;

  @ApiProperty({ description: 'The connector was reminded' })
  reminded!: boolean;
}

export class LastStepDto {
  @ApiProperty({ type: 'integer', minimum: 1 })
  sequence!: number;

  @ApiProperty({ enum: JOURNEY_STEPS })
  step!: string;
}

export class JourneyViewDto {
  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty()
  siteId!: string;

  @ApiProperty()
  teamId!: string;

  @ApiProperty({ enum: COHORTS })
  cohort!: string;

  @ApiProperty({ enum: JOURNEY_STAGES })
  stage!: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  sequence!: number;

  @ApiProperty(date)
  referredOn!: string;

  @ApiProperty(date)
  stageEnteredOn!: string;

  @ApiProperty(date)
  lastStepOn!: string;

  @ApiProperty()
  consentToShare!: boolean;

  @ApiProperty({ enum: INFORMATION_FORMATS, nullable: true })
  informationFormat!: string | null;

  @ApiProperty({ type: String, nullable: true })
  language!: string | null;

  @ApiProperty({ type: String, nullable: true })
  communityConnectorId!: string | null;

  @ApiProperty({ type: ActivationViewDto, nullable: true })
  activation!: ActivationViewDto | null;

  @ApiProperty({ type: JourneyCarePlanDto, nullable: true, description: 'The plan in force' })
  carePlan!: JourneyCarePlanDto | null;

  @ApiPropertyOptional({
    type: JourneyCarePlanDto,
    nullable: true,
    description: 'A new version drafted beside an agreed plan, waiting for agreement',
  })
  draftCarePlan?: JourneyCarePlanDto | null;

  @ApiProperty({ type: IndicativeBudgetViewDto, nullable: true })
  indicativeBudget!: IndicativeBudgetViewDto | null;

  @ApiProperty({ type: PersonalBudgetViewDto, nullable: true })
  budget!: PersonalBudgetViewDto | null;

  @ApiProperty()
  budgetDeclined!: boolean;

  @ApiPropertyOptional({
    type: EhcPlanViewDto,
    nullable: true,
    description: 'The plan aligns with an EHC plan, whose reviews it follows',
  })
  ehcPlan?: EhcPlanViewDto | null;

  @ApiProperty({ type: JourneyReviewsDto })
  reviews!: JourneyReviewsDto;

  @ApiPropertyOptional({ type: [String] })
  statementRemindersRequested?: string[];

  @ApiProperty({ type: JourneyClosureDto, nullable: true })
  closure!: JourneyClosureDto | null;

  @ApiPropertyOptional({ type: FollowUpViewDto, nullable: true, description: 'The next light-touch follow-up' })
  followUp?: FollowUpViewDto | null;

  @ApiPropertyOptional({
    type: LastStepDto,
    nullable: true,
    description: 'The last step, which a correction may step back',
  })
  lastStep?: LastStepDto | null;

  @ApiProperty({ enum: JOURNEY_STEPS, isArray: true, description: 'The steps the stage allows now' })
  allowedSteps!: string[];
}

/** The answer to a referral: the new journey's id and where it starts. */
export class ReferralAnswerDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['referred'] })
  stage!: string;

  @ApiProperty(date)
  referredOn!: string;

  @ApiProperty()
  teamId!: string;
}

/** A person as lists show them. */
export class ParticipantSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ pattern: '^\\d{10}$' })
  nhsNumber!: string;

  @ApiProperty(date)
  dateOfBirth!: string;

  @ApiProperty({ enum: COHORTS })
  cohort!: string;

  @ApiProperty({ enum: REFERRAL_SOURCES })
  referralSource!: string;

  @ApiProperty()
  teamId!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Who holds the case now: its named care coordinator (staff id), as assignment last set it',
  })
  coordinatorId!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Its community connector (staff id) now' })
  connectorId!: string | null;

  @ApiProperty({ enum: JOURNEY_STAGES })
  stage!: string;

  @ApiProperty(date)
  referredOn!: string;

  @ApiProperty(date)
  stageEnteredOn!: string;

  @ApiProperty(nullableDate)
  closedOn!: string | null;

  @ApiProperty({ enum: CLOSURE_REASONS, nullable: true })
  closureReason!: string | null;
}

/** The agreed or draft plan as recorded: its costed items and the plan's own content. */
export class CarePlanDetailsDto {
  @ApiProperty({ type: 'integer', minimum: 1 })
  version!: number;

  @ApiProperty()
  coordinatorId!: string;

  @ApiProperty(pence)
  totalAnnualCostPence!: number;

  @ApiProperty(nullableDate)
  agreedOn!: string | null;
}

/** A person's details: the summary, the journey's stage and allowed steps, key dates and the plan. */
export class ParticipantDetailsDto extends IntersectionType(
  ParticipantSummaryDto,
  PickType(JourneyViewDto, [
    'informationFormat',
    'language',
    'communityConnectorId',
    'activation',
    'indicativeBudget',
    'budget',
    'budgetDeclined',
    'ehcPlan',
  ] as const),
) {
  @ApiProperty({ enum: JOURNEY_STEPS, isArray: true })
  allowedSteps!: string[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'date' },
    description: 'The date each stage was entered',
  })
  keyDates!: Record<string, string>;

  @ApiProperty({ type: CarePlanDetailsDto, nullable: true, description: 'The plan in force' })
  carePlan!: CarePlanDetailsDto | null;

  @ApiProperty({
    type: CarePlanDetailsDto,
    nullable: true,
    description: 'A new version drafted beside an agreed plan, waiting for agreement',
  })
  draftCarePlan!: CarePlanDetailsDto | null;

  @ApiProperty({ type: JourneyClosureDto, nullable: true })
  closure!: JourneyClosureDto | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When the light-touch follow-up is due' })
  followUpDueOn!: string | null;

  @ApiProperty({ type: LastStepDto, nullable: true, description: 'The last step, which a correction may step back' })
  lastStep!: LastStepDto | null;
}

export class JourneyTimelineDto {
  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty({ type: [TimelineStepDto] })
  steps!: TimelineStepDto[];
}
