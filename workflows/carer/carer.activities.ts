import type { AnyCarerStep, CarerStage, CarerView, NoticedCarerTransition, OverdueCarerTransition } from '@ipc/domain';

export interface RecordCarerStepInput {
  step: AnyCarerStep;
  fromStage: CarerStage;
  carer: CarerView;
}

/** A transition point reached its reminder date: ids, codes and dates only. */
export interface CarerTransitionDueInput extends NoticedCarerTransition {
  /** The carer's revision once this point is noticed, and their next point: for the read model. */
  revision: number;
  nextTransitionOn: string | null;
}

/** A noticed point passed its due date without an assessment or review: the team is told. */
export type CarerTransitionOverdueInput = OverdueCarerTransition;

/** What a carer's workflow asks of the outside world; implemented in apps/worker, idempotent by key. */
export interface CarerActivities {
  recordCarerStep(input: RecordCarerStepInput): Promise<void>;
  carerTransitionDue(input: CarerTransitionDueInput): Promise<void>;
  carerTransitionOverdue(input: CarerTransitionOverdueInput): Promise<void>;
}
