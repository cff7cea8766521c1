import { randomUUID } from 'node:crypto';
import type { RequestReminderInput } from '@ipc/domain';

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
