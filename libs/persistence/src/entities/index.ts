import { BreakGlassAccessEntity } from './break-glass-access.entity';
import { BudgetApprovalEntity } from './budget-approval.entity';
import { ConsentDecisionEntity } from './consent-decision.entity';
import { CrisisEventEntity } from './crisis-event.entity';
import { QualityOfLifeMeasureEntity } from './quality-of-life-measure.entity';
import { StudyArmAssignmentEntity } from './study-arm-assignment.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { BudgetStatementEntity } from './budget-statement.entity';
import { CaseAssignmentEntity } from './case-assignment.entity';
import { CarePlanEntity } from './care-plan.entity';
import { CarerEntity } from './carer.entity';
import { CarerParticipantEntity } from './carer-participant.entity';
import { CarerStepEntity } from './carer-step.entity';
import { CarerStepNarrativeEntity } from './carer-step-narrative.entity';
import { CarerStepAmendmentEntity } from './carer-step-amendment.entity';
import { CarerTransitionEntity } from './carer-transition.entity';
import { ContactPreferenceEntity, type PostalAddress } from './contact-preference.entity';
import { CurrentBudgetEntity } from './current-budget.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { JourneyStepEntity } from './journey-step.entity';
import { JourneyStepChangeEntity } from './journey-step-change.entity';
import { JourneyStepCountEntity } from './journey-step-count.entity';
import { ParticipantEntity } from './participant.entity';
import { ParticipantDemographicsEntity } from './participant-demographics.entity';
import { PersonalBudgetEntity } from './personal-budget.entity';
import { PersonDetailsEntity, type PersonKind, type PhoneNumber } from './person-details.entity';
import { PersonDetailsChangeEntity } from './person-details-change.entity';
import { PersonNameWordEntity } from './person-name-word.entity';
import { ReminderEntity } from './reminder.entity';
import { SiteResourceAllocationEntity } from './site-resource-allocation.entity';
import { SiteReviewRulesEntity } from './site-review-rules.entity';
import { SiteSettingsEntity } from './site-settings.entity';
import { SpendRecordEntity } from './spend-record.entity';
import { StageEntryCountEntity } from './stage-entry-count.entity';
import { StageExitCountEntity } from './stage-exit-count.entity';
import { StagePopulationCountEntity } from './stage-population-count.entity';
import { StageStayEntity } from './stage-stay.entity';
import { StageStayChangeEntity } from './stage-stay-change.entity';
import { StepNarrativeEntity } from './step-narrative.entity';
import { StepAmendmentEntity } from './step-amendment.entity';
import { TakeUpChangeEntity } from './take-up-change.entity';
import { TakeUpCountEntity } from './take-up-count.entity';
import { TemporalStoreBindingEntity } from './temporal-store-binding.entity';
import { OutcomeContributionEntity } from './outcome-contribution.entity';
import { OutcomeFigureChangeEntity } from './outcome-figure-change.entity';
import { OutcomeFigureCountEntity } from './outcome-figure-count.entity';

export { CarePlanEntity, JourneyStepEntity, ParticipantEntity, SpendRecordEntity, StepNarrativeEntity };
export { ContactPreferenceEntity, ReminderEntity, type PostalAddress };
export { ParticipantDemographicsEntity, SiteSettingsEntity };
export { PersonalBudgetEntity, BudgetStatementEntity, SiteResourceAllocationEntity, SiteReviewRulesEntity };
export { CarerEntity, CarerParticipantEntity, CarerStepEntity, CarerStepNarrativeEntity, CarerTransitionEntity };
export { StageStayEntity, StageStayChangeEntity, StageEntryCountEntity, StagePopulationCountEntity };
export { StageExitCountEntity, TakeUpCountEntity, TakeUpChangeEntity, JourneyStepCountEntity };
export { JourneyStepChangeEntity, CurrentBudgetEntity, IdempotencyKeyEntity, TemporalStoreBindingEntity };
export { CaseAssignmentEntity };
export { PersonDetailsEntity, PersonDetailsChangeEntity, PersonNameWordEntity, type PersonKind, type PhoneNumber };
export { StepAmendmentEntity, CarerStepAmendmentEntity };
export { BreakGlassAccessEntity, BudgetApprovalEntity, ConsentDecisionEntity, CrisisEventEntity };
export { QualityOfLifeMeasureEntity };
export { StudyArmAssignmentEntity };
export { AuditEntryEntity };
export { OutcomeContributionEntity, OutcomeFigureChangeEntity, OutcomeFigureCountEntity };

/** Every table the migrations make, one entity each (the schema test holds them to it). */
export const ENTITIES = [
  CaseAssignmentEntity,
  ParticipantEntity,
  JourneyStepEntity,
  StepNarrativeEntity,
  StepAmendmentEntity,
  CarerStepAmendmentEntity,
  CarePlanEntity,
  SpendRecordEntity,
  ContactPreferenceEntity,
  ReminderEntity,
  SiteSettingsEntity,
  ParticipantDemographicsEntity,
  PersonalBudgetEntity,
  BudgetStatementEntity,
  SiteResourceAllocationEntity,
  SiteReviewRulesEntity,
  CarerEntity,
  CarerParticipantEntity,
  CarerStepEntity,
  CarerStepNarrativeEntity,
  CarerTransitionEntity,
  StageStayEntity,
  StageStayChangeEntity,
  StageEntryCountEntity,
  StagePopulationCountEntity,
  StageExitCountEntity,
  TakeUpCountEntity,
  TakeUpChangeEntity,
  JourneyStepCountEntity,
  JourneyStepChangeEntity,
  CurrentBudgetEntity,
  IdempotencyKeyEntity,
  TemporalStoreBindingEntity,
  PersonDetailsEntity,
  PersonDetailsChangeEntity,
  PersonNameWordEntity,
  BreakGlassAccessEntity,
  BudgetApprovalEntity,
  ConsentDecisionEntity,
  CrisisEventEntity,
  QualityOfLifeMeasureEntity,
  StudyArmAssignmentEntity,
  AuditEntryEntity,
  OutcomeContributionEntity,
  OutcomeFigureChangeEntity,
  OutcomeFigureCountEntity,
];
