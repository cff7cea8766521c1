import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@ipc/config';
import {
  addDays,
  addMonths,
  addOneYear,
  type AnyCarerStep,
  type AnyJourneyStep,
  type NewCarer,
  type ResourceAllocation,
} from '@ipc/domain';
import { CarersRepository } from '@ipc/persistence';
import { ReminderProducer } from '@ipc/notifications';
import { carerWorkflowId, createDataConverter, journeyWorkflowId } from '@ipc/temporal';
import { carerWorkflow, journeyWorkflow, recordCarerStepUpdate, recordStepUpdate } from '@ipc/workflows';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { createCarerActivities } from '../../apps/worker/src/activities/carer.activities';
import { createJourneyActivities } from '../../apps/worker/src/activities/journey.activities';
import { journeyActivityRepositories } from '../support/journey-activity-repositories';
import { createReminderActivities } from '../../apps/worker/src/activities/reminder.activities';
import { ReminderDeliveryAppModule } from '../../apps/worker/src/reminder-delivery-app.module';
import { resourceAllocation } from '../factories/budget.factory';
import { NotifyTestServer } from '../support/notify-test-server';
import { eventually } from '../support/eventually';
import { insertContact, ownRedisPrefix, useEnvironment } from '../support/reminder-fixtures';
import {
  type AgreedPlan,
  agreedJourney,
  budgetStep,
  insertAgreedParticipant,
  insertCarer,
  serverToday,
  startTimeSkippingServer,
} from '../support/time-skipping';

const SITE = 'site-eighteen-months';
const TEAM = 'team-18m';
const COORDINATOR = 'coordinator-18m';
const PURPOSES = [
  'review-due',
  'statement-due',
  'transition-due',
  'review-overdue-escalation',
  'transition-overdue-escalation',
] as const;
type Purpose = (typeof PURPOSES)[number];

/** One Notify template per purpose and way of reaching someone, so each message shows which was chosen. */
const TEMPLATES = Object.fromEntries(
  PURPOSES.map((purpose) => [
    purpose,
    { emailEn: randomUUID(), emailCy: randomUUID(), sms: randomUUID(), letterLargePrint: randomUUID() },
  ]),
) as Record<Purpose, { emailEn: string; emailCy: string; sms: string; letterLargePrint: string }>;
type TemplateChoice = keyof (typeof TEMPLATES)[Purpose];

const notifyTemplates = PURPOSES.flatMap((purpose) => [
  { purpose, channel: 'email', format: 'standard', language: 'en', templateId: TEMPLATES[purpose].emailEn },
  { purpose, channel: 'email', format: 'standard', language: 'cy', templateId: TEMPLATES[purpose].emailCy },
  { purpose, channel: 'sms', format: 'standard', language: 'en', templateId: TEMPLATES[purpose].sms },
  {
    purpose,
    channel: 'letter',
    format: 'large-print',
    language: 'en',
    templateId: TEMPLATES[purpose].letterLargePrint,
  },
]);

interface Recipient {
  type: 'participant' | 'carer' | 'coordinator';
  id: string;
  /** How the Notify test server sees them: email address, phone number or first address line. */
  address: string;
  notifyType: 'email' | 'sms' | 'letter';
  template: TemplateChoice;
}

interface ExpectedReminder {
  recipient: Recipient;
  purpose: Purpose;
  topic: string | null;
  dueDate: string;
  leadDays: number;
  remindOn: string;
}

interface ReminderRow {
  id: string;
  recipient_type: string;
  recipient_id: string;
  participant_id: string | null;
  carer_id: string | null;
  purpose: Purpose;
  topic: string | null;
  due_date: string;
  lead_days: number;
  remind_on: string;
  status: string;
  attempts: number;
  template_id: string | null;
}

const describeReminder = (reminder: {
  recipientType: string;
  recipientId: string;
  purpose: string;
  topic: string | null;
  dueDate: string;
  leadDays: number;
  remindOn: string;
}) =>
  [
    reminder.remindOn,
    `${reminder.recipientType}:${reminder.recipientId}`,
    reminder.topic ? `${reminder.purpose}/${reminder.topic}` : reminder.purpose,
    reminder.dueDate,
    reminder.leadDays,
  ].join(' ');

const describeRow = (row: ReminderRow) =>
  describeReminder({
    recipientType: row.recipient_type,
    recipientId: row.recipient_id,
    purpose: row.purpose,
    topic: row.topic,
    dueDate: row.due_date,
    leadDays: row.lead_days,
    remindOn: row.remind_on,
  });

const describeExpected = (reminder: ExpectedReminder) =>
  describeReminder({ ...reminder, recipientType: reminder.recipient.type, recipientId: reminder.recipient.id });

/**
 * Issue #5's acceptance: a person with an agreed plan and a budget, and two carers (a parent carer
 * and a young carer), run through eighteen months of skipped time against the real workflows,
 * activities, PostgreSQL, BullMQ on Redis and the delivery worker sending through the real
 * notifications-node-client to a local Notify server. At the eve of every reminder date the test
 * checks that exactly the reminders due before it exist; at the end, that every review, statement and
 * transition reminder was delivered once, to the right people, through each person's own channel,
 * format and language, and that the review left unheld was escalated to the team.
 */
describe('Eighteen months of reviews, statements and carers’ transitions on the time-skipping test server', () => {
  let env: TestWorkflowEnvironment;
  let notify: NotifyTestServer;
  let delivery: INestApplicationContext;
  let restoreEnvironment: () => void;

  beforeAll(async () => {
    notify = await NotifyTestServer.start();
    restoreEnvironment = useEnvironment({
      REDIS_PREFIX: ownRedisPrefix('eighteen-months'),
      NOTIFY_BASE_URL: notify.url,
      NOTIFY_API_KEY: notify.apiKey,
      NOTIFY_TEMPLATES: JSON.stringify(notifyTemplates),
      SMTP_URL: undefined,
      REMINDER_LEAD_DAYS: '28,7',
      ESCALATION_AFTER_DAYS: '7',
      CARER_TRANSITION_LEAD_DAYS: '90',
    });
    env = await startTimeSkippingServer(loadConfig());
    // The delivery worker exactly as `reminder-delivery.main.ts` runs it.
    delivery = await NestFactory.createApplicationContext(ReminderDeliveryAppModule, { logger: ['error'] });
  });

  afterAll(async () => {
    await delivery?.close();
    await env?.teardown();
    await notify?.close();
    restoreEnvironment?.();
  });

  it('should send every reminder once, on its day, to the right people through their channels, and escalate', async () => {
    const config = loadConfig();
    const dataSource = delivery.get(DataSource);
    const producer = delivery.get(ReminderProducer);
    const today = await serverToday(env);

    // The site reviews a plan 12 weeks after agreement, then every 6 months.
    await dataSource.query('INSERT INTO site_review_rules (site_id, rules, updated_by) VALUES ($1, $2, $3)', [
      SITE,
      JSON.stringify([{ id: 'quarterly', appliesTo: 'care-plan', firstAfter: { weeks: 12 }, thenEveryMonths: 6 }]),
      'admin',
    ]);
    await dataSource.query(
      'INSERT INTO site_resource_allocations (site_id, allocation, updated_by) VALUES ($1, $2, $3)',
      [SITE, resourceAllocation(), 'admin'],
    );

    const plan: AgreedPlan = {
      participantId: randomUUID(),
      siteId: SITE,
      teamId: TEAM,
      coordinatorId: COORDINATOR,
      agreedOn: today,
      items: [
        { itemId: randomUUID(), description: 'Personal assistant', provider: 'PA Co-op', annualCostPence: 936_000 },
        { itemId: randomUUID(), description: 'Gym', provider: 'Leisure Trust', annualCostPence: 32_050 },
      ],
    };
    const person: Recipient = {
      type: 'participant',
      id: plan.participantId,
      address: 'Flat 1, Weaver House',
      notifyType: 'letter',
      template: 'letterLargePrint',
    };
    const coordinator: Recipient = {
      type: 'coordinator',
      id: COORDINATOR,
      address: 'coordinator@example.nhs.uk',
      notifyType: 'email',
      template: 'emailEn',
    };
    const team: Recipient = {
      type: 'coordinator',
      id: TEAM,
      address: 'team-inbox@example.nhs.uk',
      notifyType: 'email',
      template: 'emailEn',
    };
    const parentCarer: Recipient = {
      type: 'carer',
      id: randomUUID(),
      address: 'rhian@example.com',
      notifyType: 'email',
      template: 'emailCy',
    };
    const youngCarer: Recipient = {
      type: 'carer',
      id: randomUUID(),
      address: '07700 900123',
      notifyType: 'sms',
      template: 'sms',
    };

    await insertAgreedParticipant(dataSource, plan);
    const contact = (recipient: Recipient) => ({
      recipientType: recipient.type,
      recipientId: recipient.id,
      siteId: SITE,
    });
    await insertContact(dataSource, contact(person), {
      channel: 'letter',
      format: 'large-print',
      postalAddress: { lines: [person.address, 'Bradford'], postcode: 'BD1 2QQ' },
    });
    await insertContact(dataSource, contact(coordinator), { channel: 'email', email: coordinator.address });
    await insertContact(dataSource, contact(team), { channel: 'email', email: team.address });
    await insertContact(dataSource, contact(parentCarer), {
      channel: 'email',
      email: parentCarer.address,
      language: 'cy',
    });
    await insertContact(dataSource, contact(youngCarer), { channel: 'sms', phone: youngCarer.address });

    // The parent carer's child turns 14 in 200 days; the young carer turns 18 in 300.
    const childTurns14On = addDays(today, 200);
    const turns18On = addDays(today, 300);
    const newCarer = (recipient: Recipient, carer: Pick<NewCarer, 'kind' | 'milestones'>): NewCarer => ({
      carerId: recipient.id,
      siteId: SITE,
      teamId: TEAM,
      identifiedOn: today,
      transitionsFrom: today,
      transitionLeadDays: config.carers.transitionLeadDays,
      escalationAfterDays: config.reminders.escalationAfterDays,
      ...carer,
    });
    const carers = [
      newCarer(parentCarer, {
        kind: 'parent-carer',
        milestones: { turns18On: null, childTurns14On, childTurns18On: addDays(childTurns14On, 4 * 365 + 1) },
      }),
      newCarer(youngCarer, {
        kind: 'young-carer',
        milestones: { turns18On, childTurns14On: null, childTurns18On: null },
      }),
    ];
    await insertCarer(dataSource, carers[0], '1984-05-05', addDays(childTurns14On, -14 * 365 - 3));
    await insertCarer(dataSource, carers[1], addDays(turns18On, -18 * 365 - 4));
    for (const carer of carers) {
      await dataSource.query(
        `INSERT INTO carer_participants (carer_id, participant_id, relationship, linked_by) VALUES ($1, $2, 'parent', 'cc')`,
        [carer.carerId, plan.participantId],
      );
    }

    // What must happen: reviews due 12 weeks on (held on the day), 6 months later (left unheld, so
    // escalated a week after, then held 10 days late) and 6 months after that (held on the day).
    const firstReview = addDays(today, 84);
    const secondReview = addMonths(firstReview, 6);
    const secondHeld = addDays(secondReview, 10);
    const thirdReview = addMonths(secondHeld, 6);
    const statementDue = addOneYear(today);
    const healthCheckDue = addOneYear(today);
    const end = addDays(today, 548);

    const ahead = (
      recipients: Recipient[],
      purpose: Purpose,
      dueDate: string,
      leadDays: number[],
      topic: string | null = null,
    ): ExpectedReminder[] =>
      leadDays.flatMap((lead) =>
        recipients.map((recipient) => ({
          recipient,
          purpose,
          topic,
          dueDate,
          leadDays: lead,
          remindOn: addDays(dueDate, -lead),
        })),
      );
    const everyoneInTheReview = [person, coordinator, parentCarer, youngCarer];
    const expected: ExpectedReminder[] = [
      ...[firstReview, secondReview, thirdReview].flatMap((due) =>
        ahead(everyoneInTheReview, 'review-due', due, [28, 7]),
      ),
      ...ahead([team], 'review-overdue-escalation', secondReview, [-7]),
      ...ahead([person, coordinator], 'statement-due', statementDue, [28, 7]),
      ...ahead([parentCarer, team], 'transition-due', childTurns14On, [90], 'child-turning-14'),
      ...ahead([youngCarer, team], 'transition-due', turns18On, [90], 'turning-18-transition-assessment'),
      ...ahead([parentCarer, team], 'transition-due', healthCheckDue, [90], 'annual-health-check'),
      ...ahead([youngCarer, team], 'transition-due', healthCheckDue, [90], 'annual-health-check'),
      // The parent carer is assessed after their child's point is noticed; nobody acts on the young
      // carer's transition assessment or on either health check, so the team hears a week after each.
      ...ahead([team], 'transition-overdue-escalation', turns18On, [-7], 'turning-18-transition-assessment'),
      ...ahead([team, team], 'transition-overdue-escalation', healthCheckDue, [-7], 'annual-health-check'),
    ];
    expect(expected.every((reminder) => reminder.remindOn > today && reminder.remindOn <= end)).toBe(true);

    const rows = (): Promise<ReminderRow[]> =>
      dataSource.query(
        `SELECT id, recipient_type, recipient_id, participant_id, carer_id, purpose, topic, to_char(due_date, 'YYYY-MM-DD') AS due_date, lead_days,
                to_char(remind_on, 'YYYY-MM-DD') AS remind_on, status, attempts, template_id
           FROM reminders WHERE site_id = $1`,
        [SITE],
      );
    const sorted = (descriptions: string[]) => [...descriptions].sort();
    /** The reminders requested so far are exactly those meant for days before `day`, each delivered. */
    const remindersBefore = async (day: string) => {
      const owed = sorted(expected.filter((reminder) => reminder.remindOn < day).map(describeExpected));
      // Wait for the activities and deliveries that run in real time; on a timeout, show the difference.
      const current = await eventually(
        rows,
        (found) => found.length >= owed.length && found.every((row) => row.status === 'sent'),
        10_000,
      ).catch(rows);
      expect(sorted(current.map(describeRow))).toEqual(owed);
      expect(current.filter((row) => row.status !== 'sent')).toEqual([]);
    };
    const advanceTo = async (day: string, hour: number) => {
      const target = Date.parse(`${day}T00:00:00Z`) + hour * 3_600_000;
      const now = await env.currentTimeMs();
      if (target > now) await env.sleep(target - now);
    };

    const carerRecords = new CarersRepository(dataSource);
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: `eighteen-months-${randomUUID()}`,
      workflowBundle: { codePath: String(config.temporal.workflowBundlePath) },
      activities: {
        ...createJourneyActivities({ ...journeyActivityRepositories(dataSource), reviewReminders: config.reminders }),
        ...createReminderActivities({ producer, carers: carerRecords }),
        ...createCarerActivities({ carers: carerRecords, requestReminder: (input) => producer.request(input) }),
      },
      dataConverter: createDataConverter(config.temporal.payloadKey),
    });

    await worker.runUntil(async () => {
      const journey = await env.client.workflow.start(journeyWorkflow, {
        workflowId: journeyWorkflowId(plan.participantId),
        taskQueue: worker.options.taskQueue,
        args: [{ resume: agreedJourney(plan, resourceAllocation() as ResourceAllocation) }],
      });
      for (const carer of carers) {
        await env.client.workflow.start(carerWorkflow, {
          workflowId: carerWorkflowId(carer.carerId),
          taskQueue: worker.options.taskQueue,
          args: [carer],
        });
      }
      await journey.executeUpdate(recordStepUpdate, { updateId: 'budget-1', args: [budgetStep(plan, today)] });

      const holdReview = (on: string) => {
        const review: AnyJourneyStep = {
          name: 'review',
          requestId: `review-${on}`,
          actor: { staffId: COORDINATOR, teamId: TEAM },
          effectiveDate: on,
          payload: { outcome: 'continue', attendeeCount: 4, carersAttended: 2, closureReason: null },
        };
        // The journey continues as new at its statement: address whichever run is current.
        return env.client.workflow
          .getHandle(journeyWorkflowId(plan.participantId))
          .executeUpdate(recordStepUpdate, { updateId: review.requestId, args: [review] });
      };
      const assessParentCarer = async (on: string) => {
        const carer = env.client.workflow.getHandle(carerWorkflowId(parentCarer.id));
        const actor = { staffId: COORDINATOR, teamId: TEAM };
        const steps: AnyCarerStep[] = [
          {
            name: 'assessment-offer',
            requestId: 'offer-1',
            actor,
            effectiveDate: on,
            payload: { method: 'face-to-face', assessorId: null },
          },
          {
            name: 'assessment',
            requestId: 'assessment-1',
            actor,
            effectiveDate: on,
            payload: { outcome: 'completed', eligibleNeeds: true, caringChoice: 'willing-to-continue' },
          },
        ];
        for (const step of steps)
          await carer.executeUpdate(recordCarerStepUpdate, { updateId: step.requestId, args: [step] });
      };
      const actions = new Map<string, (day: string) => Promise<unknown>>([
        [firstReview, holdReview],
        [secondHeld, holdReview],
        [thirdReview, holdReview],
        [addDays(today, 150), assessParentCarer],
      ]);
      const days = sorted([...new Set([...expected.map((reminder) => reminder.remindOn), ...actions.keys()])]);
      for (const day of days) {
        await advanceTo(day, -1);
        await remindersBefore(day);
        await advanceTo(day, 12);
        await actions.get(day)?.(day);
      }
      await advanceTo(end, 12);
      await remindersBefore(addDays(end, 1));
    });

    // Each reminder reached Notify exactly once, as its recipient's channel, template and address.
    const delivered = await rows();
    expect(delivered).toHaveLength(expected.length);
    const byDescription = new Map(expected.map((reminder) => [describeExpected(reminder), reminder]));
    for (const row of delivered) {
      const { recipient, purpose } = byDescription.get(describeRow(row)) as ExpectedReminder;
      expect(row).toMatchObject({ status: 'sent', attempts: 1, template_id: TEMPLATES[purpose][recipient.template] });
      expect(notify.acceptedFor(row.id)).toEqual([
        expect.objectContaining({
          type: recipient.notifyType,
          templateId: TEMPLATES[purpose][recipient.template],
          recipient: recipient.address,
          personalisation: expect.objectContaining({
            due_date_iso: row.due_date,
            topic: row.topic ?? '',
            recipient_type: recipient.type,
            // A coordinator or team learns whose case it is: the carer's for a transition, else the person's.
            case_reference: recipient.type === 'coordinator' ? (row.carer_id ?? row.participant_id) : '',
          }),
        }),
      ]);
    }
    expect(notify.accepted).toHaveLength(expected.length);
  }, 300_000);
});
