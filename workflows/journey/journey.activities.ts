import type { AnyJourneyStep, JourneyStage, JourneyView } from '@ipc/domain';

export interface RecordJourneyStepInput {
  step: AnyJourneyStep;
  fromStage: JourneyStage;
  journey: JourneyView;
}

/** What the journey asks of the outside world; implemented in apps/worker, idempotent by request id. */
export interface JourneyActivities {
  recordJourneyStep(input: RecordJourneyStepInput): Promise<void>;
}
