import { randomUUID } from 'node:crypto';
import type { RequestReminderInput } from '@ipc/domain';
import type { ReminderEntity } from '@ipc/persistence';

/** A review reminder to a participant, 28 days ahead; override any field to test a rule. */
export function reminderRequest(overrides: Partial<RequestReminderInput> = {}): RequestReminderInput {
  return {
    recipientType: 'participant',
    recipientId: randomUUID(),
    siteId: 'site-a',
    purpose: 'review-due',
    dueDate: '2026-06-01',
    leadDays: 28,
    ...overrides,
  };
}

/** A stored reminder, queued at site A; override any field to put it in another state. */
export function storedReminder(overrides: Partial<ReminderEntity> = {}): ReminderEntity {
  return {
    id: randomUUID(),
    reminderKey: randomUUID(),
    siteId: 'site-a',
    recipientType: 'participant',
    recipientId: randomUUID(),
    participantId: null,
    purpose: 'review-due',
    dueDate: '2026-06-01',
    leadDays: 28,
    topic: null,
    carerId: null,
    remindOn: null,
    channel: null,
    provider: null,
    templateId: null,
    status: 'queued',
    attempts: 0,
    providerReference: null,
    lastError: null,
    queuedAt: new Date('2026-05-04T09:00:00Z'),
    lastAttemptAt: null,
    claimExpiresAt: null,
    sentAt: null,
    failedAt: null,
    deliveryStatus: null,
    deliveryStatusAt: null,
    ...overrides,
  };
}
