import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReminderProducer } from '@ipc/notifications';
import { CarersRepository, CaseAssignmentsRepository, ReminderEntity } from '@ipc/persistence';
import type { ReminderActivities } from '@ipc/workflows';
import { DataSource } from 'typeorm';
import { createReminderActivities } from '../../apps/worker/src/activities/reminder.activities';
import { JourneyClient } from '../support/journey-client';
import { eventually } from '../support/eventually';
import { daysUntil, ownRedisPrefix, reminderRequest, useEnvironment, workerOf } from '../support/reminder-fixtures';
import { SmtpTestServer } from '../support/smtp-test-server';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });

describe('Reminders without GOV.UK Notify: SMTP email and the local outbox', () => {
  let smtp: SmtpTestServer;
  let stack: TestStack;
  let dataDir: string;
  let restoreEnvironment: () => void;
  let activities: ReminderActivities;
  let journeys: JourneyClient;

  beforeAll(async () => {
    smtp = await SmtpTestServer.start();
    dataDir = await mkdtemp(join(tmpdir(), 'ipc-outbox-'));
    restoreEnvironment = useEnvironment({
      REDIS_PREFIX: ownRedisPrefix('reminders-smtp'),
      NOTIFY_API_KEY: undefined,
      SMTP_URL: smtp.url,
      SMTP_FROM: 'IPC reminders <reminders@ipc.test>',
      DATA_DIR: dataDir,
    });
    stack = await startTestStack();
    // The activity exactly as the Temporal worker registers it, with the worker's own producer.
    activities = createReminderActivities({
      producer: workerOf(stack).get(ReminderProducer),
      carers: stack.api.get(CarersRepository),
      holders: stack.api.get(CaseAssignmentsRepository),
    });
    journeys = new JourneyClient(stack.http);
  });

  afterAll(async () => {
    await stack?.close();
    await smtp?.close();
    restoreEnvironment?.();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function remind(contact: Record<string, unknown>) {
    const participantId = await journeys.refer();
    await stack.http
      .put(`/api/v1/participants/${participantId}/contact-preferences`)
      .set(auth(staff.coordinator))
      .send(contact)
      .expect(200);
    const { reminderId } = await activities.requestReminder(
      reminderRequest({ recipientId: participantId, participantId, dueDate: '2027-04-01', leadDays: 7 }),
    );
    const row = await eventually(
      () => stack.api.get(DataSource).getRepository(ReminderEntity).findOneByOrFail({ id: reminderId }),
      (reminder) => reminder.status === 'sent' || reminder.status === 'failed',
    );
    return { participantId, reminderId, row };
  }

  it('should send email through the SMTP server, once, with a Message-ID made from the reminder id', async () => {
    const { reminderId, row, participantId } = await remind({ channel: 'email', email: 'smtp-person@example.com' });

    expect(row).toMatchObject({ status: 'sent', provider: 'smtp', channel: 'email', attempts: 1 });
    expect(row.providerReference).toBe(`<${reminderId}@reminders.ipc>`);
    const delivered = smtp.messages.filter((message) => message.headers['x-ipc-reminder-id'] === reminderId);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ from: 'reminders@ipc.test', to: ['smtp-person@example.com'] });
    expect(delivered[0].headers['message-id']).toBe(`<${reminderId}@reminders.ipc>`);
    expect(delivered[0].headers.subject).toBe('Your care and support plan review is coming up');
    // The days left are counted on the day it is sent, whatever lead time it was planned with.
    expect(delivered[0].raw).toContain(`This is due on 1 April 2027, in ${daysUntil('2027-04-01')} days.`);

    const listed = await stack.http
      .get(`/api/v1/participants/${participantId}/reminders`)
      .set(auth(staff.coordinator))
      .expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: reminderId, status: 'sent', channel: 'email', provider: 'smtp' }),
    ]);
  });

  it('should put SMS and letters in the outbox when Notify is not configured', async () => {
    const { reminderId, row } = await remind({ channel: 'sms', phone: '07700 900456' });

    expect(row).toMatchObject({ status: 'sent', provider: 'outbox', channel: 'sms' });
    const written = JSON.parse(await readFile(join(dataDir, 'outbox', `${reminderId}.json`), 'utf8'));
    expect(written).toMatchObject({ reminderId, channel: 'sms', phone: '07700 900456', dueDate: '2027-04-01' });
    expect(smtp.messages.some((message) => message.headers['x-ipc-reminder-id'] === reminderId)).toBe(false);
  });
});
