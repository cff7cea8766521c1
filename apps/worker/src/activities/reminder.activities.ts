import { InvalidReminderRequestError, type ReminderProducer } from '@ipc/notifications';
import { INVALID_REMINDER_REQUEST, type ReminderActivities } from '@ipc/workflows';
import { ApplicationFailure } from '@temporalio/common';

export interface ReminderActivityDependencies {
  producer: ReminderProducer;
}

/** The reminder activities of the Temporal worker: each a thin, idempotent call into the producer. */
export function createReminderActivities({ producer }: ReminderActivityDependencies): ReminderActivities {
  return {
    async requestReminder(input) {
      try {
        return await producer.request(input);
      } catch (error) {
        if (error instanceof InvalidReminderRequestError) {
          throw ApplicationFailure.nonRetryable(error.message, INVALID_REMINDER_REQUEST);
        }
        // Redis or the database unavailable: Temporal retries; the row, if stored, is kept and reused.
        throw error;
      }
    },
  };
}
