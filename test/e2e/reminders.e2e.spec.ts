import { randomUUID } from 'node:crypto';
import type { RequestReminderInput } from '@ipc/domain';
import { ReminderProducer } from '@ipc/notifications';
import { CarersRepository, CaseAssignmentsRepository, ReminderEntity } from '@ipc/persistence';
import { INVALID_REMINDER_REQUEST, type ReminderActivities } from '@ipc/workflows';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { createReminderActivities } from '../../apps/worker/src/activities/reminder.activities';
import { CARER_CONTACT } from '../factories/carer.factory';
import { CarerClient } from '../support/carer-client';
import { JourneyClient } from '../support/journey-client';
import { NotifyTestServer } from '../support/notify-test-server';
import { eventually } from '../support/eventually';
import {
  daysUntil,
  ownRedisPrefix,
  reminderRequest,
  reminderRows,
  useEnvironment,
  workerOf,
} from '../support/reminder-fixtures';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });

const TEMPLATES = {
  emailStandardEn: randomUUID(),
  emailEasyReadEn: randomUUID(),
  emailStandardCy: randomUUID(),
  smsStandardEn: randomUUID(),
  letterStandardEn: randomUUID(),
  letterLargePrintEn: randomUUID(),
  transitionEmailStandardEn: randomUUID(),
  escalationEmailStandardEn: randomUUID(),
};
const template = (channel: string, format: string, language: string, templateId: string, purpose = 'review-due') => ({
  purpose,
  channel,
  format,
  language,
  templateId,
});

const SMS_PER_SECOND = 3;
/** Reminder back-off: the first retry waits this long, each later one twice the one before. */
const BACKOFF_MS = 250;
const CALLBACK_TOKEN = 'notify-callback-token-for-tests';

describe('Reminders delivered through GOV.UK Notify', () => {
  let notify: NotifyTestServer;
  let stack: TestStack;
  let restoreEnvironment: () => void;
  let activities: ReminderActivities;
  let dataSource: DataSource;
  let journeys: JourneyClient;
  let carers: CarerClient;

  beforeAll(async () => {
    notify = await NotifyTestServer.start();
    restoreEnvironment = useEnvironment({
      REDIS_PREFIX: ownRedisPrefix('reminders'),
      NOTIFY_BASE_URL: notify.url,
      NOTIFY_API_KEY: notify.apiKey,
      NOTIFY_CALLBACK_TOKEN: CALLBACK_TOKEN,
      NOTIFY_TEMPLATES: JSON.stringify([
        template('email', 'standard', 'en', TEMPLATES.emailStandardEn),
        template('email', 'easy-read', 'en', TEMPLATES.emailEasyReadEn),
        template('email', 'standard', 'cy', TEMPLATES.emailStandardCy),
        template('sms', 'standard', 'en', TEMPLATES.smsStandardEn),
        template('letter', 'standard', 'en', TEMPLATES.letterStandardEn),
        template('letter', 'large-print', 'en', TEMPLATES.letterLargePrintEn),
        template('email', 'standard', 'en', TEMPLATES.transitionEmailStandardEn, 'transition-due'),
        template('email', 'standard', 'en', TEMPLATES.escalationEmailStandardEn, 'review-overdue-escalation'),
      ]),
      SMTP_URL: undefined,
      REMINDER_ATTEMPTS: '4',
      REMINDER_BACKOFF_MS: String(BACKOFF_MS),
      REMINDER_RATE_WINDOW_MS: '1000',
      REMINDER_RATE_SMS: String(SMS_PER_SECOND),
    });
    stack = await startTestStack();
    // The activity exactly as the Temporal worker registers it, with the worker's own producer.
    activities = createReminderActivities({
      producer: workerOf(stack).get(ReminderProducer),
      carers: stack.api.get(CarersRepository),
      holders: stack.api.get(CaseAssignmentsRepository),
    });
    dataSource = stack.api.get(DataSource);
    journeys = new JourneyClient(stack.http);
    carers = new CarerClient(stack.http);
  });

  afterAll(async () => {
    await stack?.close();
    await notify?.close();
    restoreEnvironment?.();
  });

  const setContact = (participantId: string, body: Record<string, unknown>, member = staff.coordinator) =>
    stack.http.put(`/api/v1/participants/${participantId}/contact-preferences`).set(auth(member)).send(body);

  async function participantWith(contact: Record<string, unknown>): Promise<string> {
    const participantId = await journeys.refer();
    await setContact(participantId, contact).expect(200);
    return participantId;
  }

  const forParticipant = (participantId: string, overrides: Partial<RequestReminderInput> = {}) =>
    reminderRequest({ recipientId: participantId, participantId, ...overrides });

  const settled = (reminderId: string) =>
    eventually(
      () => dataSource.getRepository(ReminderEntity).findOneByOrFail({ id: reminderId }),
      (row) => row.status === 'sent' || row.status === 'failed',
    );

  describe('PUT /participants/:id/contact-preferences', () => {
    it('should record the channel, format, language and address, and read them back', async () => {
      const participantId = await journeys.refer();
      const response = await setContact(participantId, {
        channel: 'letter',
        format: 'large-print',
        language: 'cy',
        postalAddress: { lines: ['1 High Street', 'Leeds'], postcode: 'LS1 4AB' },
      }).expect(200);
      expect(response.body).toMatchObject({
        participantId,
        channel: 'letter',
        format: 'large-print',
        language: 'cy',
        postalAddress: { lines: ['1 High Street', 'Leeds'], postcode: 'LS1 4AB' },
      });
      const read = await stack.http
        .get(`/api/v1/participants/${participantId}/contact-preferences`)
        .set(auth(staff.coordinator))
        .expect(200);
      expect(read.body).toEqual(response.body);
    });

    it('should answer 404 to reading preferences not recorded yet, or at another site', async () => {
      const participantId = await journeys.refer();
      const path = `/api/v1/participants/${participantId}/contact-preferences`;
      await stack.http.get(path).set(auth(staff.coordinator)).expect(404);
      await setContact(participantId, { channel: 'outbox' }).expect(200);
      await stack.http.get(path).set(auth(staff.otherSite)).expect(404);
    });

    it('should refuse a null language or format rather than failing (400, not 500)', async () => {
      const participantId = await journeys.refer();
      const response = await setContact(participantId, { channel: 'outbox', language: null, format: null }).expect(400);
      expect(new Set(response.body.errors.map((error: { field: string }) => error.field))).toEqual(
        new Set(['language', 'format']),
      );
    });

    it.each([
      ['channel', { channel: 'pigeon' }],
      ['email', { channel: 'email' }],
      ['email', { channel: 'email', email: 'not-an-address' }],
      ['phone', { channel: 'sms', phone: '12' }],
      ['postalAddress', { channel: 'letter' }],
      [
        'postalAddress.postcode',
        { channel: 'letter', postalAddress: { lines: ['1 High St', 'Leeds'], postcode: 'X' } },
      ],
      ['postalAddress.lines', { channel: 'letter', postalAddress: { lines: ['1 High St'], postcode: 'LS1 4AB' } }],
      ['format', { channel: 'outbox', format: 'tiny' }],
      ['language', { channel: 'outbox', language: 'English' }],
    ])('should answer 400 naming %s', async (field, body) => {
      const participantId = await journeys.refer();
      const response = await setContact(participantId, body).expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(new Set(response.body.errors.map((error: { field: string }) => error.field))).toEqual(new Set([field]));
    });

    it('should give back what was recorded in the shape it answered with; 404 before that and elsewhere', async () => {
      const participantId = await journeys.refer();
      const read = () => stack.http.get(`/api/v1/participants/${participantId}/contact-preferences`);
      await read().set(auth(staff.coordinator)).expect(404);
      const saved = await setContact(participantId, { channel: 'sms', phone: '07700 900456', language: 'pl' }).expect(
        200,
      );
      const readBack = await read().set(auth(staff.coordinator)).expect(200);
      expect(readBack.body).toEqual(saved.body);
      expect(readBack.body).toMatchObject({ participantId, channel: 'sms', phone: '07700 900456', language: 'pl' });
      await read().set(auth(staff.otherSite)).expect(404);
    });

    it('should keep other sites out (404)', async () => {
      const participantId = await journeys.refer();
      await setContact(participantId, { channel: 'outbox' }, staff.otherSite).expect(404);
      await stack.http.get(`/api/v1/participants/${participantId}/reminders`).set(auth(staff.otherSite)).expect(404);
    });
  });

  describe('requestReminder', () => {
    it('should deliver a reminder requested twice (same purpose and due date) once', async () => {
      const participantId = await participantWith({ channel: 'email', email: 'twice@example.com' });
      const input = forParticipant(participantId);
      const [first, second] = await Promise.all([activities.requestReminder(input), activities.requestReminder(input)]);
      expect(second.reminderId).toBe(first.reminderId);

      expect((await settled(first.reminderId)).status).toBe('sent');
      expect(await activities.requestReminder(input)).toEqual({ reminderId: first.reminderId, status: 'sent' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(notify.postsFor(first.reminderId)).toHaveLength(1);
      expect(await dataSource.getRepository(ReminderEntity).countBy({ recipientId: participantId })).toBe(1);
    });

    it('should treat the 28-day and the 7-day reminder of one review as two reminders', async () => {
      const participantId = await participantWith({ channel: 'email', email: 'leads@example.com' });
      const early = await activities.requestReminder(forParticipant(participantId, { leadDays: 28 }));
      const late = await activities.requestReminder(forParticipant(participantId, { leadDays: 7 }));
      expect(late.reminderId).not.toBe(early.reminderId);
      await settled(early.reminderId);
      await settled(late.reminderId);
      expect(notify.accepted.filter((sent) => sent.recipient === 'leads@example.com')).toHaveLength(2);
    });

    it('should retry with exponential back-off after 500s, then record it sent', async () => {
      const participantId = await participantWith({ channel: 'email', email: 'flaky@example.com' });
      notify.script('flaky@example.com', [500, 500]);
      const { reminderId } = await activities.requestReminder(forParticipant(participantId));

      const row = await settled(reminderId);
      expect(row).toMatchObject({ status: 'sent', attempts: 3, lastError: null, provider: 'notify', channel: 'email' });
      const posts = notify.postsFor(reminderId);
      expect(posts.map((post) => post.status)).toEqual([500, 500, 201]);
      const [firstGap, secondGap] = [posts[1].at - posts[0].at, posts[2].at - posts[1].at];
      // Lower bounds only: a busy machine can stretch a wait, never shorten it. Each wait is the
      // back-off doubled per attempt, less up to 20% jitter.
      expect(firstGap).toBeGreaterThanOrEqual(BACKOFF_MS * 0.8);
      expect(secondGap).toBeGreaterThanOrEqual(2 * BACKOFF_MS * 0.8);
      expect(notify.acceptedFor(reminderId)).toHaveLength(1);
      // Each retry first asked Notify whether an earlier attempt had got through.
      expect(notify.lookupsFor(reminderId)).toHaveLength(2);
      expect(row.providerReference).toBe(notify.acceptedFor(reminderId)[0].id);
    });

    it('should record a reminder failed after its last attempt', async () => {
      const participantId = await participantWith({ channel: 'email', email: 'down@example.com' });
      notify.script('down@example.com', [500, 500, 500, 500]);
      const { reminderId } = await activities.requestReminder(forParticipant(participantId));
      const row = await settled(reminderId);
      expect(row).toMatchObject({ status: 'failed', attempts: 4 });
      expect(row.lastError).toMatch(/^Notify 500/);
      expect(notify.postsFor(reminderId)).toHaveLength(4);
    });

    it('should stop at a 400 (no retry) and show the failure to the coordinator', async () => {
      const participantId = await participantWith({ channel: 'email', email: 'refused@example.com' });
      notify.script('refused@example.com', [400]);
      const { reminderId } = await activities.requestReminder(forParticipant(participantId));
      await settled(reminderId);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(notify.postsFor(reminderId)).toHaveLength(1);

      const response = await stack.http
        .get(`/api/v1/participants/${participantId}/reminders`)
        .set(auth(staff.coordinator))
        .expect(200);
      expect(response.body.items).toEqual([
        expect.objectContaining({
          id: reminderId,
          purpose: 'review-due',
          dueDate: '2027-03-01',
          leadDays: 28,
          channel: 'email',
          provider: 'notify',
          status: 'failed',
          attempts: 1,
          lastError: expect.stringMatching(/^Notify 400 BadRequestError/),
          failedAt: expect.any(String),
          sentAt: null,
        }),
      ]);
      expect(JSON.stringify(response.body)).not.toContain('refused@example.com');
    });

    it('should fail a reminder for someone with no contact preferences, visibly', async () => {
      const participantId = await journeys.refer();
      const { reminderId } = await activities.requestReminder(forParticipant(participantId));
      const row = await settled(reminderId);
      expect(row).toMatchObject({ status: 'failed', lastError: 'no contact preferences recorded for the recipient' });
    });

    it('should refuse a malformed request without retrying (non-retryable failure)', async () => {
      const failure = await activities
        .requestReminder(reminderRequest({ purpose: 'birthday' as never, dueDate: '2027-02-30' }))
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ApplicationFailure);
      expect(failure).toMatchObject({ type: INVALID_REMINDER_REQUEST, nonRetryable: true });
    });
  });

  describe('templates', () => {
    it("should choose the template by the person's channel, format and language", async () => {
      const welshEasyRead = await participantWith({
        channel: 'email',
        email: 'cy@example.com',
        format: 'easy-read',
        language: 'cy',
      });
      const englishEasyRead = await participantWith({ channel: 'email', email: 'er@example.com', format: 'easy-read' });
      const texter = await participantWith({ channel: 'sms', phone: '07700 900123', format: 'audio' });
      const largePrint = await participantWith({
        channel: 'letter',
        format: 'large-print',
        postalAddress: { lines: ['2 Mill Lane', 'York'], postcode: 'YO1 7HH' },
      });
      const ids = await Promise.all(
        [welshEasyRead, englishEasyRead, texter, largePrint].map(
          async (participantId) => (await activities.requestReminder(forParticipant(participantId))).reminderId,
        ),
      );
      await Promise.all(ids.map(settled));

      const sent = ids.map((reminderId) => notify.acceptedFor(reminderId)[0]);
      expect(sent.map((notification) => [notification.type, notification.templateId])).toEqual([
        ['email', TEMPLATES.emailStandardCy],
        ['email', TEMPLATES.emailEasyReadEn],
        ['sms', TEMPLATES.smsStandardEn],
        ['letter', TEMPLATES.letterLargePrintEn],
      ]);
      expect(sent[2].recipient).toBe('07700 900123');
      expect(sent[3].personalisation).toMatchObject({
        address_line_1: '2 Mill Lane',
        address_line_2: 'York',
        address_line_3: 'YO1 7HH',
        due_date_iso: '2027-03-01',
        days_before: String(daysUntil('2027-03-01')),
        lead_days: '28',
        recipient_type: 'participant',
        case_reference: '',
      });
      const rows = await reminderRows(dataSource, ids);
      expect(rows.find((row) => row.id === ids[0])?.templateId).toBe(TEMPLATES.emailStandardCy);
    });

    it('should fail, naming what is missing, when Notify has no template for the purpose', async () => {
      const participantId = await participantWith({ channel: 'email', email: 'none@example.com' });
      const { reminderId } = await activities.requestReminder(
        forParticipant(participantId, { purpose: 'statement-due' }),
      );
      expect(await settled(reminderId)).toMatchObject({
        status: 'failed',
        lastError: 'no Notify template for statement-due by email (standard, en)',
      });
    });
  });

  describe('rate limits', () => {
    it('should hold SMS to its own limit while email goes on at its own', async () => {
      const texters = await Promise.all(
        Array.from({ length: 7 }, (_, index) => participantWith({ channel: 'sms', phone: `07700 90010${index}` })),
      );
      const emailers = await Promise.all(
        Array.from({ length: 5 }, (_, index) =>
          participantWith({ channel: 'email', email: `rate${index}@example.com` }),
        ),
      );
      const request = (participantId: string) =>
        activities.requestReminder(forParticipant(participantId, { purpose: 'review-due', dueDate: '2027-06-01' }));
      // Let any SMS window opened by earlier tests run out, so the first text opens a fresh one.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const requested = Date.now();
      const smsIds = (await Promise.all(texters.map(request))).map((reminder) => reminder.reminderId);
      const emailIds = (await Promise.all(emailers.map(request))).map((reminder) => reminder.reminderId);
      await Promise.all([...smsIds, ...emailIds].map(settled));

      const smsTimes = smsIds.map((id) => notify.acceptedFor(id)[0].receivedAt).sort((a, b) => a - b);
      const emailTimes = emailIds.map((id) => notify.acceptedFor(id)[0].receivedAt);
      // 7 texts at 3 a second need three windows, the first opened after `requested`; the emails
      // were not held behind them.
      expect(smsTimes[6] - requested).toBeGreaterThanOrEqual(2000);
      expect(Math.max(...emailTimes)).toBeLessThan(smsTimes[6]);
      // Fixed one-second windows: no second holds more than two windows' worth.
      for (const time of smsTimes) {
        expect(smsTimes.filter((other) => other >= time && other < time + 1000).length).toBeLessThanOrEqual(
          2 * SMS_PER_SECOND,
        );
      }
      expect((await reminderRows(dataSource, smsIds)).every((row) => row.status === 'sent' && row.attempts === 1)).toBe(
        true,
      );
    });
  });

  describe('GET /carers/:id/reminders', () => {
    it('should reach a carer by the contact given at registration and list their reminders; 404 elsewhere', async () => {
      const participantId = await journeys.refer();
      const carerId = await carers.registered();
      const none = await stack.http.get(`/api/v1/carers/${carerId}/reminders`).set(auth(staff.coordinator)).expect(200);
      expect(none.body).toEqual({ items: [], page: 1, pageSize: 25, total: 0 });

      // Two transitions due the same day are two reminders: the topic is part of the identity.
      const transition = {
        recipientType: 'carer',
        recipientId: carerId,
        participantId,
        purpose: 'transition-due',
      } as const;
      const first = await activities.requestReminder(reminderRequest({ ...transition, topic: 'school-move' }));
      const second = await activities.requestReminder(reminderRequest({ ...transition, topic: 'annual-health-check' }));
      expect(second.reminderId).not.toBe(first.reminderId);
      const rows = await Promise.all([settled(first.reminderId), settled(second.reminderId)]);
      expect(rows.map((row) => [row.status, row.channel, row.templateId])).toEqual([
        ['sent', 'email', TEMPLATES.transitionEmailStandardEn],
        ['sent', 'email', TEMPLATES.transitionEmailStandardEn],
      ]);
      const delivered = notify.accepted.filter((message) => message.recipient === CARER_CONTACT.email);
      expect(delivered.map((message) => message.personalisation.topic).sort()).toEqual([
        'annual-health-check',
        'school-move',
      ]);

      const carer = await stack.http
        .get(`/api/v1/carers/${carerId}/reminders`)
        .set(auth(staff.coordinator))
        .expect(200);
      expect(carer.body.items).toEqual([
        expect.objectContaining({ id: first.reminderId, recipientType: 'carer', topic: 'school-move', status: 'sent' }),
        expect.objectContaining({ id: second.reminderId, topic: 'annual-health-check', status: 'sent' }),
      ]);
      const person = await stack.http
        .get(`/api/v1/participants/${participantId}/reminders`)
        .set(auth(staff.coordinator))
        .expect(200);
      expect(person.body.items.map((reminder: { id: string }) => reminder.id).sort()).toEqual(
        [first.reminderId, second.reminderId].sort(),
      );

      await stack.http.get(`/api/v1/carers/${carerId}/reminders`).set(auth(staff.otherSite)).expect(404);
      await stack.http.get(`/api/v1/carers/nobody/reminders`).set(auth(staff.coordinator)).expect(404);
      await stack.http.get(`/api/v1/carers/${carerId}/reminders`).set(auth(staff.programmeLead)).expect(403);
    });

    it("should change a carer's channel on their record and for the next reminder alike", async () => {
      const carerId = await carers.registered();
      const changed = await stack.http
        .put(`/api/v1/carers/${carerId}/contact-preferences`)
        .set(auth(staff.coordinator))
        .send({ channel: 'sms', phone: '07700 900987' })
        .expect(200);
      expect(changed.body).toMatchObject({ carerId, channel: 'sms', phone: '07700 900987', email: null });
      const read = await stack.http
        .get(`/api/v1/carers/${carerId}/contact-preferences`)
        .set(auth(staff.coordinator))
        .expect(200);
      expect(read.body).toEqual(changed.body);
      const details = await carers.details(carerId).expect(200);
      expect(details.body.contact).toEqual({ name: CARER_CONTACT.name, phone: '07700 900987' });
      expect(details.body.preferences).toMatchObject({ channel: 'sms', format: 'standard', language: 'en' });

      const { reminderId } = await activities.requestReminder(
        reminderRequest({ recipientType: 'carer', recipientId: carerId }),
      );
      expect(await settled(reminderId)).toMatchObject({ status: 'sent', channel: 'sms' });
      expect(notify.acceptedFor(reminderId)).toEqual([expect.objectContaining({ recipient: '07700 900987' })]);
      const readBack = await stack.http
        .get(`/api/v1/carers/${carerId}/contact-preferences`)
        .set(auth(staff.coordinator))
        .expect(200);
      expect(readBack.body).toEqual(changed.body);
      await stack.http
        .put(`/api/v1/carers/${carerId}/contact-preferences`)
        .set(auth(staff.otherSite))
        .send({ channel: 'sms', phone: '07700 900987' })
        .expect(404);
      await stack.http.get(`/api/v1/carers/${carerId}/contact-preferences`).set(auth(staff.otherSite)).expect(404);
    });

    it('should refuse a registration whose preferred channel has no address, naming the field', async () => {
      const response = await carers
        .register({ contact: { name: 'No Phone' }, preferences: { channel: 'sms' } })
        .expect(400);
      expect(response.body.errors).toEqual([{ field: 'contact.phone', reason: 'required for the sms channel' }]);
    });
  });

  describe('PUT /coordinators/:id/contact-preferences', () => {
    it("should record a team inbox, deliver the team's escalations to it, and keep other sites out", async () => {
      const teamId = `team-${randomUUID().slice(0, 8)}`;
      const body = { channel: 'email', email: 'team.inbox@example.nhs.uk' };
      const saved = await stack.http
        .put(`/api/v1/coordinators/${teamId}/contact-preferences`)
        .set(auth(staff.coordinator))
        .send(body)
        .expect(200);
      expect(saved.body).toMatchObject({
        coordinatorId: teamId,
        channel: 'email',
        email: body.email,
        format: 'standard',
      });

      const participantId = await journeys.refer();
      const { reminderId } = await activities.requestReminder(
        reminderRequest({
          recipientType: 'coordinator',
          recipientId: teamId,
          participantId,
          purpose: 'review-overdue-escalation',
          leadDays: -7,
        }),
      );
      expect(await settled(reminderId)).toMatchObject({
        status: 'sent',
        templateId: TEMPLATES.escalationEmailStandardEn,
      });
      expect(notify.accepted.filter((message) => message.recipient === body.email)).toHaveLength(1);

      const missing = await stack.http
        .put(`/api/v1/coordinators/${teamId}/contact-preferences`)
        .set(auth(staff.coordinator))
        .send({ channel: 'email' })
        .expect(400);
      expect(missing.body.errors).toContainEqual(expect.objectContaining({ field: 'email' }));
      await stack.http
        .put(`/api/v1/coordinators/${teamId}/contact-preferences`)
        .set(auth(staff.programmeLead))
        .send(body)
        .expect(403);
    });

    it("should keep each site's own contact for the same id and send each site's escalations to its own", async () => {
      const teamId = `team-${randomUUID().slice(0, 8)}`;
      const contacts = {
        'site-b': { member: staff.otherSite, email: 'team.inbox@site-b.example.nhs.uk' },
        'site-a': { member: staff.coordinator, email: 'team.inbox@site-a.example.nhs.uk' },
      };
      const contactOf = (member: { token: string }) =>
        stack.http.get(`/api/v1/coordinators/${teamId}/contact-preferences`).set(auth(member));
      await contactOf(staff.coordinator).expect(404);
      // Site B records the id first; site A can still record its own, and neither changes the other's.
      for (const { member, email } of Object.values(contacts)) {
        await stack.http
          .put(`/api/v1/coordinators/${teamId}/contact-preferences`)
          .set(auth(member))
          .send({ channel: 'email', email })
          .expect(200);
      }
      for (const { member, email } of Object.values(contacts)) {
        expect((await contactOf(member).expect(200)).body).toMatchObject({ coordinatorId: teamId, email });
      }

      for (const [siteId, { member, email }] of Object.entries(contacts)) {
        const participantId = await new JourneyClient(stack.http, member).refer();
        const { reminderId } = await activities.requestReminder(
          reminderRequest({
            recipientType: 'coordinator',
            recipientId: teamId,
            siteId,
            participantId,
            purpose: 'review-overdue-escalation',
            leadDays: -7,
          }),
        );
        expect(await settled(reminderId)).toMatchObject({ status: 'sent' });
        expect(notify.acceptedFor(reminderId)).toEqual([expect.objectContaining({ recipient: email })]);
      }
    });
  });

  describe('GET /reminders and POST /reminders/:id/resend', () => {
    it("should list a team's failed reminders and send one again once its contact details are put right", async () => {
      const participantId = await journeys.refer();
      const { reminderId } = await activities.requestReminder(forParticipant(participantId));
      expect(await settled(reminderId)).toMatchObject({
        status: 'failed',
        lastError: expect.stringContaining('no contact preferences'),
      });

      const failedFor = async (teamId: string) =>
        (
          await stack.http
            .get('/api/v1/reminders')
            .query({ status: 'failed', teamId, pageSize: 100 })
            .set(auth(staff.coordinator))
            .expect(200)
        ).body.items.map((reminder: { id: string }) => reminder.id);
      expect(await failedFor(staff.coordinator.teamId)).toContain(reminderId);
      expect(await failedFor(staff.colleague.teamId)).not.toContain(reminderId);
      const bad = await stack.http.get('/api/v1/reminders?status=lost').set(auth(staff.coordinator)).expect(400);
      expect(bad.body.errors).toContainEqual(expect.objectContaining({ field: 'status' }));

      await setContact(participantId, { channel: 'email', email: 'resend@example.com' }).expect(200);
      const resend = () => stack.http.post(`/api/v1/reminders/${reminderId}/resend`).set(auth(staff.coordinator));
      const first = await resend().expect(200);
      expect(first.body).toMatchObject({ id: reminderId, lastError: null });
      expect(['queued', 'sending', 'sent']).toContain(first.body.status);
      expect(
        await eventually(
          () => dataSource.getRepository(ReminderEntity).findOneByOrFail({ id: reminderId }),
          (row) => row.status === 'sent',
        ),
      ).toMatchObject({ attempts: 1, channel: 'email' });
      expect(notify.accepted.filter((message) => message.recipient === 'resend@example.com')).toHaveLength(1);

      await resend().expect(409);
      await stack.http.post(`/api/v1/reminders/${reminderId}/resend`).set(auth(staff.otherSite)).expect(404);
      await stack.http.post(`/api/v1/reminders/not-an-id/resend`).set(auth(staff.coordinator)).expect(404);
      await stack.http.get('/api/v1/reminders').set(auth(staff.programmeLead)).expect(403);
      expect(notify.accepted.filter((message) => message.recipient === 'resend@example.com')).toHaveLength(1);
    });
  });

  describe('POST /notify/delivery-receipts', () => {
    const receipt = (body: Record<string, unknown>, token = CALLBACK_TOKEN) =>
      stack.http.post('/api/v1/notify/delivery-receipts').set('Authorization', `Bearer ${token}`).send(body);
    const reminderRow = (id: string) => dataSource.getRepository(ReminderEntity).findOneByOrFail({ id });

    it("should record Notify's receipts, turn a failure into a failed reminder to resend, and ignore stale ones", async () => {
      const participantId = await participantWith({ channel: 'email', email: 'receipts@example.com' });
      const { reminderId } = await activities.requestReminder(forParticipant(participantId));
      const sent = await settled(reminderId);
      expect(sent.status).toBe('sent');
      const first = { id: sent.providerReference, reference: reminderId, to: 'receipts@example.com' };

      await receipt({ ...first, status: 'delivered' }, 'wrong-token-wrong-token').expect(401);
      await stack.http
        .post('/api/v1/notify/delivery-receipts')
        .send({ ...first, status: 'delivered' })
        .expect(401);
      const bad = await receipt({ id: 'x', reference: reminderId, status: 'Delivered!' }).expect(400);
      expect(bad.body.errors.map((error: { field: string }) => error.field)).toEqual(['id', 'status', 'completed_at']);

      await receipt({ ...first, status: 'delivered', completed_at: '2026-11-24T10:00:00.000Z' }).expect(204);
      expect(await reminderRow(reminderId)).toMatchObject({ status: 'sent', deliveryStatus: 'delivered' });
      // An older receipt arriving late changes nothing; a later failure wins.
      await receipt({ ...first, status: 'sending', completed_at: '2026-11-24T09:00:00.000Z' }).expect(204);
      expect(await reminderRow(reminderId)).toMatchObject({ deliveryStatus: 'delivered' });
      await receipt({ ...first, status: 'permanent-failure', completed_at: '2026-11-24T11:00:00.000Z' }).expect(204);
      expect(await reminderRow(reminderId)).toMatchObject({
        status: 'failed',
        deliveryStatus: 'permanent-failure',
        lastError: 'the provider reported permanent-failure',
      });
      // Someone else's notification, or one that is not a reminder's, is acknowledged and ignored.
      await receipt({
        id: randomUUID(),
        reference: reminderId,
        status: 'permanent-failure',
        created_at: '2026-11-24',
      }).expect(204);
      await receipt({
        id: randomUUID(),
        reference: 'letter-batch-7',
        status: 'delivered',
        created_at: '2026-11-24',
      }).expect(204);

      await setContact(participantId, { channel: 'email', email: 'receipts.new@example.com' }).expect(200);
      await stack.http.post(`/api/v1/reminders/${reminderId}/resend`).set(auth(staff.coordinator)).expect(200);
      const resent = await eventually(
        () => reminderRow(reminderId),
        (row) => row.status === 'sent',
      );
      expect(resent.providerReference).not.toBe(first.id);
      expect(resent.deliveryStatus).toBeNull();
      // A late receipt for the first message does not touch the second.
      await receipt({ ...first, status: 'permanent-failure', completed_at: '2026-11-24T12:00:00.000Z' }).expect(204);
      expect(await reminderRow(reminderId)).toMatchObject({ status: 'sent', deliveryStatus: null });
      expect(notify.accepted.filter((message) => message.reference === reminderId).map((m) => m.recipient)).toEqual([
        'receipts@example.com',
        'receipts.new@example.com',
      ]);
    });
  });
});
