import { journeyReminderRequests, type RequestReminderInput } from '@ipc/domain';
import { InvalidReminderRequestError, type ReminderProducer } from '@ipc/notifications';
import { INVALID_REMINDER_REQUEST, type ReminderActivities } from '@ipc/workflows';
import { ApplicationFailure } from '@temporalio/common';
import { type CarersRepository, type CaseAssignmentsRepository, JOURNEY_TIMELINE } from '@ipc/persistence';

export interface ReminderActivityDependencies {
  producer: ReminderProducer;
  /** Whose carers also hear of a person's reviews. */
  carers: Pick<CarersRepository, 'supportedCarerIds'>;
  /** Who holds the case now: a reassignment or transfer since the plan was made is not in the workflow. */
  holders: Pick<CaseAssignmentsRepository, 'holders'>;
}

/** The reminder activities of the Temporal worker: thin, idempotent calls into the producer. */
export function createReminderActivities({
  producer,
  carers,
  holders,
}: ReminderActivityDependencies): ReminderActivities {
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
      const carerIds = await carers.supportedCarerIds(reminder.siteId, reminder.participantId);
      // The coordinator and team the record names now, over those the workflow last saw.
      const now = await holders.holders(JOURNEY_TIMELINE, reminder.participantId, reminder.siteId);
      const current = now
        ? { ...reminder, teamId: now.teamId, coordinatorId: now.coordinatorId ?? reminder.coordinatorId }
        : reminder;
      return Promise.all(journeyReminderRequests(current, carerIds).map(request));
    },
  };
}
