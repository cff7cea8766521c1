import { randomUUID } from 'node:crypto';
import type { NewAuditEntry } from '@ipc/persistence';

/** A coordinator at site A reading a person's timeline, as the API records it; override any field. */
export function auditEntry(overrides: Partial<NewAuditEntry> = {}): NewAuditEntry {
  return {
    siteId: 'site-a',
    staffId: 'coordinator-a',
    staffRole: 'care-coordinator',
    recordKind: 'participant',
    recordId: randomUUID(),
    part: 'timeline',
    accessReason: null,
    requestId: randomUUID(),
    method: 'GET',
    route: '/api/v1/participants/:id/timeline',
    status: 200,
    ...overrides,
  };
}
