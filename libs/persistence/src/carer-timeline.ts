import type { CarerView } from '@ipc/domain';
import type { EntityManager } from 'typeorm';
import { CARER_TIMELINE, type StepEntry, TimelineRepository } from './timeline.repository';

export interface CarerTimelineEntry extends StepEntry {
  carerId: string;
  carerAfter: CarerView;
}

/** Adds a step to a carer's timeline once, in the caller's transaction; false when this request id is already there. */
export function insertCarerTimelineEntry(manager: EntityManager, entry: CarerTimelineEntry): Promise<boolean> {
  return new TimelineRepository(manager).addEntry(CARER_TIMELINE, entry.carerId, entry, entry.carerAfter);
}
