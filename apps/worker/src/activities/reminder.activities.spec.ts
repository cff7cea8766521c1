import type { RequestReminderInput } from '@ipc/domain';
import { InvalidReminderRequestError, type ReminderProducer } from '@ipc/notifications';
import { INVALID_REMINDER_REQUEST, type ReminderActivities } from '@ipc/workflows';
import { reminderRequest } from '../../../../test/factories/reminder.factory';
import { createReminderActivities } from './reminder.activities';

/** A producer that records what it is asked for, or refuses with the given error. */
const recordingProducer = (requested: RequestReminderInput[], refusal?: Error) =>
  ({
    async request(input: RequestReminderInput) {
      if (refusal) throw refusal;
      requested.push(input);
      return { reminderId: `reminder-${requested.length}`, status: 'queued' };
    },
  }) as unknown as ReminderProducer;

describe(createReminderActivities.name, () => {
  let requested: RequestReminderInput[];
  let sut: ReminderActivities;
  const carers = { supportedCarerIds: async () => ['carer-1', 'carer-2'] };
  const holders = { holders: async () => undefined };

  beforeEach(() => {
    requested = [];
    sut = createReminderActivities({ producer: recordingProducer(requested), carers, holders });
  });

  describe('requestReminder', () => {
    it('should pass the request to the producer', async () => {
      const input = reminderRequest();

      expect(await sut.requestReminder(input)).toEqual({ reminderId: 'reminder-1', status: 'queued' });
      expect(requested).toEqual([input]);
    });

    it('should refuse without retries a request no retry can make valid', async () => {
      const refusal = new InvalidReminderRequestError('invalid reminder request: unknown purpose');
      sut = createReminderActivities({ producer: recordingProducer(requested, refusal), carers, holders });

      await expect(sut.requestReminder(reminderRequest())).rejects.toMatchObject({
        type: INVALID_REMINDER_REQUEST,
        nonRetryable: true,
      });
    });
  });

  describe('requestJourneyReminders', () => {
    it('should remind the person’s supported carers too', async () => {
      const participantId = 'participant-1';

      await sut.requestJourneyReminders({
        participantId,
        siteId: 'site-a',
        purpose: 'review-due',
        dueDate: '2026-06-01',
        leadDays: 28,
      } as Parameters<ReminderActivities['requestJourneyReminders']>[0]);

      const carerReminders = requested.filter((input) => input.recipientType === 'carer');
      expect(carerReminders.map((input) => input.recipientId)).toEqual(['carer-1', 'carer-2']);
    });

    it('should remind the coordinator and team who hold the case now, over those the workflow last saw', async () => {
      const holding = { id: 'participant-1', stage: 'delivery', connectorId: null, closedOn: null };
      const now = { holders: async () => ({ ...holding, teamId: 'team-2', coordinatorId: 'coordinator-new' }) };
      sut = createReminderActivities({ producer: recordingProducer(requested), carers, holders: now });
      const reminder = {
        participantId: 'participant-1',
        siteId: 'site-a',
        teamId: 'team-1',
        coordinatorId: 'coordinator-old',
        dueDate: '2026-06-01',
        remindOn: '2026-05-01',
      };

      await sut.requestJourneyReminders({ ...reminder, purpose: 'review-due', leadDays: 28 });
      await sut.requestJourneyReminders({ ...reminder, purpose: 'review-overdue-escalation', leadDays: -7 });

      const toStaff = requested.filter((input) => input.recipientType === 'coordinator');
      expect(toStaff.map((input) => input.recipientId)).toEqual(['coordinator-new', 'team-2']);
    });
  });
});
