import type { JourneyView } from '@ipc/domain';
import type { EntityManager } from 'typeorm';
import { JOURNEY_TIMELINE, type StepEntry, TimelineRepository } from './timeline.repository';

export interface TimelineEntry extends StepEntry {
  participantId: string;
  journeyAfter: JourneyView;
}

/** Adds a step to a journey's timeline once, in the caller's transaction; false when this request id is already there. */
export function insertTimelineEntry(manager: EntityManager, entry: TimelineEntry): Promise<boolean> {
  return new TimelineRepository(manager).addEntry(JOURNEY_TIMELINE, entry.participantId, entry, entry.journeyAfter);
}
