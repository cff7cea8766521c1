import type { AnyJourneyStep, JourneyView } from '@ipc/domain';
import { defineQuery, defineUpdate } from '@temporalio/workflow';

/** Shared by the API (to send) and the journey workflow (to handle). */
export const recordStepUpdate = defineUpdate<JourneyView, [AnyJourneyStep]>('recordStep');
export const journeyQuery = defineQuery<JourneyView>('journey');
