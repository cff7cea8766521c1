import { CarePlanEntity } from './care-plan.entity';
import { JourneyStepEntity } from './journey-step.entity';
import { ParticipantEntity } from './participant.entity';
import { StepNarrativeEntity } from './step-narrative.entity';

export { CarePlanEntity, JourneyStepEntity, ParticipantEntity, StepNarrativeEntity };
export const ENTITIES = [ParticipantEntity, JourneyStepEntity, StepNarrativeEntity, CarePlanEntity];
