import { randomUUID } from 'node:crypto';
import { loadConfig } from '@ipc/config';
import { addDays, addOneYear, type AnyJourneyStep, type JourneyView, type ResourceAllocation } from '@ipc/domain';
import { createRedisConnection, createReminderQueue, ReminderProducer } from '@ipc/notifications';
import { CarersRepository, CaseAssignmentsRepository, createDataSource, RemindersRepository } from '@ipc/persistence';
import { createDataConverter, journeyWorkflowId } from '@ipc/temporal';
import { journeyQuery, journeyWorkflow, recordStepUpdate } from '@ipc/workflows';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import type { Redis } from 'ioredis';
import { createJourneyActivities } from '../../apps/worker/src/activities/journey.activities';
import { journeyActivityRepositories } from '../support/journey-activity-repositories';
import { createReminderActivities } from '../../apps/worker/src/activities/reminder.activities';
import { resourceAllocation } from '../factories/budget.factory';
import {
  type AgreedPlan,
  agreedJourney,
  budgetStep,
  insertAgreedParticipant,
  serverToday,
  startTimeSkippingServer,
} from '../support/time-skipping';

const SITE = 'site-time-skipping';
const ITEM_A = randomUUID();
const ITEM_B = randomUUID();

const planFor = (participantId: string, agreedOn: string): AgreedPlan => ({
  participantId,
  siteId: SITE,
  teamId: 'team-ts',
  coordinatorId: 'cc',
  agreedOn,
  items: [
    { itemId: ITEM_A, description: 'Personal assistant', provider: 'PA Co-op', annualCostPence: 936_000 },
    { itemId: ITEM_B, description: 'Gym', provider: 'Leisure Trust', annualCostPence: 32_050 },
  ],
});

async function recordSpend(
  dataSource: DataSource,
  participantId: string,
  planItemId: string,
  amountPence: number,
  spentOn: string,
) {
  await dataSource.query(
    `INSERT INTO spend_records (participant_id, site_id, plan_item_id, amount_pence, spent_on, source, kind, request_id,
                                request_row, recorded_by)
     SELECT id, site_id, $2, $3, $4, 'provider-invoice', 'spend', $5, 0, 'cc' FROM participants WHERE id = $1`,
    [participantId, planItemId, amountPence, spentOn, randomUUID()],
  );
}

interface AnnualStatementContent {
  spend: { totalSpentPence: number; underspendPence: number; overspendPence: number; byItem: object[] };
  nextYearIndicativePence: number | null;
  budget: { contributionPence: number };
}

async function waitForStatements(dataSource: DataSource, participantId: string, count: number) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const rows: { issued_on: string; period_start: string; period_end: string; content: AnnualStatementContent }[] =
      await dataSource.query(
        `SELECT to_char(issued_on, 'YYYY-MM-DD') AS issued_on, to_char(period_start, 'YYYY-MM-DD') AS period_start,
                to_char(period_end, 'YYYY-MM-DD') AS period_end, content
           FROM budget_statements WHERE participant_id = $1 AND kind = 'annual' ORDER BY issued_on`,
        [participantId],
      );
    if (rows.length >= count) return rows;
    await new Promise((tick) => setTimeout(tick, 50));
  }
  throw new Error(`fewer than ${count} annual statements were issued`);
}

describe('Annual statements on the time-skipping test server', () => {
  const config = loadConfig();
  const dataConverter = createDataConverter(config.temporal.payloadKey);
  let env: TestWorkflowEnvironment;
  let dataSource: DataSource;
  let redis: Redis;
  let reminderProducer: ReminderProducer;

  beforeAll(async () => {
    env = await startTimeSkippingServer(config);
    dataSource = await createDataSource(config.databaseUrl).initialize();
    redis = createRedisConnection(config.redis.url, 'producer');
    reminderProducer = new ReminderProducer(new RemindersRepository(dataSource), createReminderQueue(config, redis));
    await dataSource.query(
      'INSERT INTO site_resource_allocations (site_id, allocation, updated_by) VALUES ($1, $2, $3)',
      [SITE, resourceAllocation(), 'admin'],
    );
  });

  /** A person with an agreed plan in the record, a worker of their own, and the journey resumed from that record. */
  async function agreedPersonOnOwnWorker(siteId?: string) {
    const participantId = randomUUID();
    const today = await serverToday(env);
    const plan = { ...planFor(participantId, today), ...(siteId ? { siteId } : {}) };
    await insertAgreedParticipant(dataSource, plan);
    const taskQueue = `annual-statements-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: { codePath: String(config.temporal.workflowBundlePath) },
      activities: {
        ...createJourneyActivities({ ...journeyActivityRepositories(dataSource), reviewReminders: config.reminders }),
        ...createReminderActivities({
          producer: reminderProducer,
          carers: new CarersRepository(dataSource),
          holders: new CaseAssignmentsRepository(dataSource),
        }),
      },
      dataConverter,
    });
    const resume = () =>
      env.client.workflow.start(journeyWorkflow, {
        workflowId: journeyWorkflowId(participantId),
        taskQueue,
        args: [{ resume: agreedJourney(plan, resourceAllocation() as ResourceAllocation) }],
      });
    return { participantId, today, plan, worker, resume };
  }

  afterAll(async () => {
    await redis?.quit();
    await dataSource?.destroy();
    await env?.teardown();
  });

  it('should state the plan in force, not a new version still waiting for agreement', async () => {
    // A site of its own: the helper gives every person the same NHS number.
    const { participantId, today, plan, worker, resume } = await agreedPersonOnOwnWorker(`${SITE}-plan-in-force`);

    await worker.runUntil(async () => {
      const handle = await resume();
      await handle.executeUpdate(recordStepUpdate, { updateId: 'budget-1', args: [budgetStep(plan, today)] });
      const drafted = await handle.executeUpdate(recordStepUpdate, {
        updateId: 'plan-2',
        args: [
          {
            name: 'care-plan',
            requestId: 'plan-2',
            actor: { staffId: plan.coordinatorId, teamId: plan.teamId },
            effectiveDate: today,
            payload: { coordinatorId: plan.coordinatorId, items: [{ itemId: randomUUID(), annualCostPence: 500_000 }] },
          },
        ],
      });
      expect(drafted).toMatchObject({ carePlan: { version: 1 }, draftCarePlan: { version: 2 } });
      await recordSpend(dataSource, participantId, ITEM_A, 100_000, addDays(today, 10));

      await env.sleep('366 days');
      const [statement] = await waitForStatements(dataSource, participantId, 1);
      expect(statement.content.spend.byItem).toEqual([
        expect.objectContaining({ planItemId: ITEM_A, budgetPence: 936_000, spentPence: 100_000 }),
        expect.objectContaining({ planItemId: ITEM_B, budgetPence: 32_050, spentPence: 0 }),
      ]);
      // Its next year's timers would hold the server's clock once this worker stops.
      await handle.terminate();
    });
  }, 120_000);

  it('should state the resources used each year to a person who declined a personal budget after an ISR', async () => {
    const site = `${SITE}-declined`;
    await dataSource.query(
      'INSERT INTO site_resource_allocations (site_id, allocation, updated_by) VALUES ($1, $2, $3)',
      [site, resourceAllocation(), 'admin'],
    );
    const { participantId, today, plan, worker, resume } = await agreedPersonOnOwnWorker(site);
    await worker.runUntil(async () => {
      const handle = await resume();
      // Its next year's timers would hold the server's clock once this worker stops.
      const stop = () => env.client.workflow.getHandle(journeyWorkflowId(participantId)).terminate();
      try {
        const decline: AnyJourneyStep = {
          name: 'budget-decline',
          requestId: 'decline-1',
          actor: { staffId: plan.coordinatorId, teamId: plan.teamId },
          effectiveDate: today,
          payload: { statementCycle: 'budget-anniversary' },
        };
        const declined: JourneyView = await handle.executeUpdate(recordStepUpdate, {
          updateId: decline.requestId,
          args: [decline],
        });
        const firstDue = addOneYear(today);
        expect(declined).toMatchObject({
          stage: 'delivery',
          budgetDeclined: true,
          budget: null,
          resourceStatements: { statementYearStart: today, nextStatementOn: firstDue },
        });
        await recordSpend(dataSource, participantId, ITEM_A, 200_000, addDays(today, 30));

        await env.sleep('366 days');
        const [first] = await waitForStatements(dataSource, participantId, 1);
        expect(first).toMatchObject({ issued_on: firstDue, period_start: today, period_end: firstDue });
        // The resources the ISR indicated (high need, the 120,000p contribution it held) against what was used.
        expect(first.content).toMatchObject({
          budgetDeclined: true,
          budget: { totalPence: 968_050, contributionPence: 120_000 },
          spend: { totalSpentPence: 200_000, underspendPence: 768_050, overspendPence: 0 },
          nextYearIndicativePence: 968_050,
        });
        const latest = env.client.workflow.getHandle(journeyWorkflowId(participantId));
        expect((await latest.query(journeyQuery)).resourceStatements).toMatchObject({
          statementYearStart: firstDue,
          nextStatementOn: addOneYear(firstDue),
        });
      } finally {
        await stop();
      }
    });
  }, 120_000);

  it('should issue a statement on each budget anniversary for two years, to the penny, continuing as new each year', async () => {
    const { participantId, today, plan, worker, resume } = await agreedPersonOnOwnWorker();

    await worker.runUntil(async () => {
      const handle = await resume();
      const firstRunId = handle.firstExecutionRunId;
      const delivery: JourneyView = await handle.executeUpdate(recordStepUpdate, {
        updateId: 'budget-1',
        args: [budgetStep(plan, today)],
      });
      const firstDue = addOneYear(today);
      expect(delivery.budget?.nextStatementOn).toBe(firstDue);

      // Year one: three records inside the year; the one on the anniversary belongs to year two.
      await recordSpend(dataSource, participantId, ITEM_A, 100_000, addDays(today, 10));
      await recordSpend(dataSource, participantId, ITEM_B, 250_005, addDays(today, 100));
      await recordSpend(dataSource, participantId, ITEM_A, 36_000, addDays(firstDue, -1));
      await recordSpend(dataSource, participantId, ITEM_B, 12_345, firstDue);
      await recordSpend(dataSource, participantId, ITEM_A, 400_000, addDays(firstDue, 35));

      await env.sleep('366 days');
      const [first] = await waitForStatements(dataSource, participantId, 1);
      expect(first).toMatchObject({ issued_on: firstDue, period_start: today, period_end: firstDue });
      expect(first.content.spend).toMatchObject({
        totalSpentPence: 386_005,
        underspendPence: 968_050 - 386_005,
        overspendPence: 0,
      });
      expect(first.content.spend.byItem).toEqual([
        expect.objectContaining({ planItemId: ITEM_A, budgetPence: 936_000, spentPence: 136_000 }),
        expect.objectContaining({ planItemId: ITEM_B, budgetPence: 32_050, spentPence: 250_005 }),
      ]);
      expect(first.content).toMatchObject({
        nextYearIndicativePence: 968_050,
        budget: { contributionPence: 120_000 },
      });

      const latest = env.client.workflow.getHandle(journeyWorkflowId(participantId));
      const afterFirst = await latest.query(journeyQuery);
      expect(afterFirst).toMatchObject({
        stage: 'delivery',
        budget: { statementYearStart: firstDue, nextStatementOn: addOneYear(firstDue) },
      });
      const description = await latest.describe();
      expect(description.runId).not.toBe(firstRunId);
      expect(description.historyLength).toBeLessThan(20);

      await env.sleep('365 days');
      const statements = await waitForStatements(dataSource, participantId, 2);
      expect(statements[1]).toMatchObject({
        issued_on: addOneYear(firstDue),
        period_start: firstDue,
        period_end: addOneYear(firstDue),
      });
      expect(statements[1].content.spend.totalSpentPence).toBe(412_345);
      expect((await latest.query(journeyQuery)).budget?.nextStatementOn).toBe(addOneYear(addOneYear(firstDue)));
    });

    const timeline: { step: string }[] = await dataSource.query(
      `SELECT step FROM journey_steps WHERE participant_id = $1 AND step = 'annual-statement'`,
      [participantId],
    );
    expect(timeline).toHaveLength(2);

    // Each statement was announced 28 and 7 days ahead, to the person and the coordinator, on those days.
    const statementReminders: { recipient: string; due_date: string; lead_days: number; remind_on: string }[] =
      await dataSource.query(
        `SELECT recipient_type || ':' || recipient_id AS recipient, to_char(due_date, 'YYYY-MM-DD') AS due_date,
                lead_days, to_char(remind_on, 'YYYY-MM-DD') AS remind_on
           FROM reminders WHERE participant_id = $1 AND purpose = 'statement-due'
          ORDER BY due_date, lead_days DESC, recipient_type`,
        [participantId],
      );
    expect(statementReminders).toEqual(
      [addOneYear(today), addOneYear(addOneYear(today))].flatMap((dueDate) =>
        [28, 7].flatMap((leadDays) =>
          ['coordinator:cc', `participant:${participantId}`].map((recipient) => ({
            recipient,
            due_date: dueDate,
            lead_days: leadDays,
            remind_on: addDays(dueDate, -leadDays),
          })),
        ),
      ),
    );

    // The plan's first review (8 weeks after agreement, the earliest rule) was never held: the person
    // and the coordinator were reminded 28 and 7 days ahead, and the team once it was 7 days overdue.
    const reviewDue = addDays(today, 56);
    const reminders: {
      recipient_type: string;
      recipient_id: string;
      purpose: string;
      due_date: string;
      lead_days: number;
    }[] = await dataSource.query(
      `SELECT recipient_type, recipient_id, purpose, to_char(due_date, 'YYYY-MM-DD') AS due_date, lead_days
           FROM reminders WHERE participant_id = $1 AND purpose LIKE 'review-%' ORDER BY lead_days DESC, recipient_type`,
      [participantId],
    );
    expect(reminders).toEqual([
      { recipient_type: 'coordinator', recipient_id: 'cc', purpose: 'review-due', due_date: reviewDue, lead_days: 28 },
      {
        recipient_type: 'participant',
        recipient_id: participantId,
        purpose: 'review-due',
        due_date: reviewDue,
        lead_days: 28,
      },
      { recipient_type: 'coordinator', recipient_id: 'cc', purpose: 'review-due', due_date: reviewDue, lead_days: 7 },
      {
        recipient_type: 'participant',
        recipient_id: participantId,
        purpose: 'review-due',
        due_date: reviewDue,
        lead_days: 7,
      },
      {
        recipient_type: 'coordinator',
        recipient_id: 'team-ts',
        purpose: 'review-overdue-escalation',
        due_date: reviewDue,
        lead_days: -7,
      },
    ]);
  }, 120_000);
});
