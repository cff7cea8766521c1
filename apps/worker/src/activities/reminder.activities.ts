import { journeyReminderRequests, type RequestReminderInput } from '@ipc/domain';
import { InvalidReminderRequestError, type ReminderProducer } from '@ipc/notifications';
import { INVALID_REMINDER_REQUEST, type ReminderActivities } from '@ipc/workflows';
import { ApplicationFailure } from '@temporalio/common';
import type { DataSource } from 'typeorm';

export interface ReminderActivityDependencies {
  producer: ReminderProducer;
  dataSource: DataSource;
}

/** The person's carers still supported at the site, in a stable order. */
async function supportedCarerIds(dataSource: DataSource, participantId: string, siteId: string): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query(
    `SELECT c.id FROM carer_participants l JOIN carers c ON c.id = l.carer_id
      WHERE l.participant_id = $1 AND c.site_id = $2 AND c.stage <> 'closed'
      ORDER BY c.id`,
    [participantId, siteId],
  );
  return rows.map((row) => row.id);
}

/** The reminder activities of the Temporal worker: thin, idempotent calls into the producer. */
export function createReminderActivities({ producer, dataSource }: ReminderActivityDependencies): ReminderActivities {
  const request = async (input: RequestReminderInput) => {
    try {
      return await producer.request(input);
    } catch (error) {
      if (error instanceof InvalidReminderRequestError) {
        throw ApplicationFailure.nonRetryable(error.message, INVALID_REMINDER_REQUEST);
      }
      // Redis or the database unavailable: Temporal retries; the rows already stored are kept and reused.
      throw error;
    }
  };
  return {
    requestReminder: request,
    async requestJourneyReminders(reminder) {
      const carerIds = await supportedCarerIds(dataSource, reminder.participantId, reminder.siteId);
      return Promise.all(journeyReminderRequests(reminder, carerIds).map(request));
    },
  };
}
