import type { JourneyView } from '@ipc/domain';
import type { EntityManager } from 'typeorm';
import { insertStepEntry, JOURNEY_TIMELINE, type StepEntry } from './step-timeline';

export interface TimelineEntry extends StepEntry {
  participantId: string;
  journeyAfter: JourneyView;
}

/** Adds a step to a journey's timeline once; false when this request id is already there. */
export function insertTimelineEntry(manager: EntityManager, entry: TimelineEntry): Promise<boolean> {
  return insertStepEntry(manager, JOURNEY_TIMELINE, entry.participantId, entry, entry.journeyAfter);
}
