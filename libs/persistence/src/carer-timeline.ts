import type { CarerView } from '@ipc/domain';
import type { EntityManager } from 'typeorm';
import { CARER_TIMELINE, insertStepEntry, type StepEntry } from './step-timeline';

export interface CarerTimelineEntry extends StepEntry {
  carerId: string;
  carerAfter: CarerView;
}

/** Adds a step to a carer's timeline once; false when this request id is already there. */
export function insertCarerTimelineEntry(manager: EntityManager, entry: CarerTimelineEntry): Promise<boolean> {
  return insertStepEntry(manager, CARER_TIMELINE, entry.carerId, entry, entry.carerAfter);
}
