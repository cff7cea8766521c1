import type { ReminderEntity } from '@ipc/persistence';

/** A reminder as the care team sees it: what, for when, through which channel, and how it went. */
export function reminderView(reminder: ReminderEntity) {
  return {
    id: reminder.id,
    recipientType: reminder.recipientType,
    recipientId: reminder.recipientId,
    participantId: reminder.participantId,
    carerId: reminder.carerId,
    purpose: reminder.purpose,
    topic: reminder.topic,
    dueDate: reminder.dueDate,
    leadDays: reminder.leadDays,
    remindOn: reminder.remindOn,
    channel: reminder.channel,
    provider: reminder.provider,
    templateId: reminder.templateId,
    status: reminder.status,
    attempts: reminder.attempts,
    providerReference: reminder.providerReference,
    lastError: reminder.lastError,
    queuedAt: reminder.queuedAt,
    lastAttemptAt: reminder.lastAttemptAt,
    sentAt: reminder.sentAt,
    failedAt: reminder.failedAt,
    deliveryStatus: reminder.deliveryStatus,
    deliveryStatusAt: reminder.deliveryStatusAt,
  };
}
