import { CarePlanEntity } from './care-plan.entity';
import { ContactPreferenceEntity, type PostalAddress } from './contact-preference.entity';
import { JourneyStepEntity } from './journey-step.entity';
import { ParticipantEntity } from './participant.entity';
import { ParticipantDemographicsEntity } from './participant-demographics.entity';
import { ReminderEntity } from './reminder.entity';
import { SiteSettingsEntity } from './site-settings.entity';
import { SpendRecordEntity } from './spend-record.entity';
import { StepNarrativeEntity } from './step-narrative.entity';

export { CarePlanEntity, JourneyStepEntity, ParticipantEntity, SpendRecordEntity, StepNarrativeEntity };
export { ContactPreferenceEntity, ReminderEntity, type PostalAddress };
export { ParticipantDemographicsEntity, SiteSettingsEntity };
export const ENTITIES = [
  ParticipantEntity,
  JourneyStepEntity,
  StepNarrativeEntity,
  CarePlanEntity,
  SpendRecordEntity,
  ContactPreferenceEntity,
  ReminderEntity,
  SiteSettingsEntity,
  ParticipantDemographicsEntity,
];
