import type { AnyJourneyStep, JourneyView } from '@ipc/domain';
import { defineQuery, defineUpdate } from '@temporalio/workflow';

/** Shared by the API (to send) and the journey workflow (to handle). */
export const recordStepUpdate = defineUpdate<JourneyView, [AnyJourneyStep]>('recordStep');
export const journeyQuery = defineQuery<JourneyView>('journey');

/** ApplicationFailure types the journey's validator raises; the API maps them to 409 and 400. */
export const ILLEGAL_STEP_FAILURE = 'IllegalStep';
export const STEP_RULE_FAILURE = 'StepRule';
