import type { AnyCarerStep, CarerView } from '@ipc/domain';
import { defineQuery, defineUpdate } from '@temporalio/workflow';

/**
 * Shared by the API (to send) and the carer workflow (to handle). Refusals use the failure types
 * of step-failure-types.ts, as a journey's do, so the API maps both alike.
 */
export const recordCarerStepUpdate = defineUpdate<CarerView, [AnyCarerStep]>('recordCarerStep');
export const carerQuery = defineQuery<CarerView>('carer');

// The activity contract travels with the messages: the worker implements it, the workflow calls it.
export type {
  CarerActivities,
  CarerTransitionDueInput,
  CarerTransitionOverdueInput,
  RecordCarerStepInput,
} from './carer.activities';
