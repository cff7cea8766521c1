import { randomUUID } from 'node:crypto';
import { loadConfig } from '@ipc/config';
import {
  addDays,
  addOneYear,
  type CarerMilestones,
  type CarerView,
  londonDate,
  type NewCarer,
  type RequestReminderInput,
} from '@ipc/domain';
import { CarersRepository, createDataSource } from '@ipc/persistence';
import { carerWorkflowId, createDataConverter } from '@ipc/temporal';
import { carerQuery, carerWorkflow, recordCarerStepUpdate } from '@ipc/workflows';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createCarerActivities } from '../../apps/worker/src/activities/carer.activities';
import { eventually } from '../support/eventually';
import { insertCarer, startTimeSkippingServer } from '../support/time-skipping';

const SITE = 'site-carer-time-skipping';
const NO_MILESTONES: CarerMilestones = { turns18On: null, childTurns14On: null, childTurns18On: null };

interface TransitionRow {
  transition: string;
  due_on: string;
  remind_on: string;
  reminder_id: string | null;
}

async function transitionRows(dataSource: DataSource, carerId: string): Promise<TransitionRow[]> {
  return dataSource.query(
    `SELECT transition, to_char(due_on, 'YYYY-MM-DD') AS due_on, to_char(remind_on, 'YYYY-MM-DD') AS remind_on,
            reminder_id
       FROM carer_transitions WHERE carer_id = $1 ORDER BY due_on, transition`,
    [carerId],
  );
}

/** A timer fired in skipped time; its activity (row, then reminder) runs in real time, so wait for both. */
function waitForTransitions(dataSource: DataSource, carerId: string, count: number) {
  return eventually(
    () => transitionRows(dataSource, carerId),
    (rows) => rows.length >= count && rows.every((row) => row.reminder_id),
    10_000,
  );
}

describe("Carers' transition points on the time-skipping test server", () => {
  const config = loadConfig();
  const dataConverter = createDataConverter(config.temporal.payloadKey);
  let env: TestWorkflowEnvironment;
  let dataSource: DataSource;
  let reminders: RequestReminderInput[];

  beforeAll(async () => {
    env = await startTimeSkippingServer(config);
    dataSource = await createDataSource(config.databaseUrl).initialize();
  });

  beforeEach(() => {
    reminders = [];
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await env?.teardown();
  });

  async function newCarer(overrides: Partial<NewCarer>): Promise<NewCarer> {
    const today = londonDate(new Date(await env.currentTimeMs()));
    return {
      carerId: randomUUID(),
      siteId: SITE,
      teamId: 'team-ts',
      kind: 'adult-carer',
      identifiedOn: today,
      transitionsFrom: today,
      milestones: NO_MILESTONES,
      transitionLeadDays: 90,
      escalationAfterDays: 7,
      ...overrides,
    };
  }

  async function carerWorker() {
    return Worker.create({
      connection: env.nativeConnection,
      taskQueue: `carer-transitions-${randomUUID()}`,
      workflowBundle: { codePath: String(config.temporal.workflowBundlePath) },
      activities: createCarerActivities({
        carers: new CarersRepository(dataSource),
        async requestReminder(input) {
          reminders.push(input);
          return { reminderId: randomUUID() };
        },
      }),
      dataConverter,
    });
  }

  const startCarer = (worker: Worker, carer: NewCarer) =>
    env.client.workflow.start(carerWorkflow, {
      workflowId: carerWorkflowId(carer.carerId),
      taskQueue: worker.options.taskQueue,
      args: [carer],
    });

  it('should notice a young carer’s 18th birthday once, 90 days ahead, then their health check a year on', async () => {
    const today = londonDate(new Date(await env.currentTimeMs()));
    const turns18On = addDays(today, 200);
    const healthCheckOn = addOneYear(today);
    const carer = await newCarer({
      kind: 'young-carer',
      milestones: { ...NO_MILESTONES, turns18On },
      transitionLeadDays: 90,
    });
    await insertCarer(dataSource, carer, addDays(turns18On, -18 * 365));
    const worker = await carerWorker();

    await worker.runUntil(async () => {
      const handle = await startCarer(worker, carer);
      const firstRunId = handle.firstExecutionRunId;

      await env.sleep('100 days');
      expect(await transitionRows(dataSource, carer.carerId)).toEqual([]);

      await env.sleep('11 days');
      const [turning18] = await waitForTransitions(dataSource, carer.carerId, 1);
      expect(turning18).toMatchObject({
        transition: 'turning-18-transition-assessment',
        due_on: turns18On,
        remind_on: addDays(today, 110),
        reminder_id: expect.any(String),
      });
      const [row] = await dataSource.query(
        `SELECT to_char(next_transition_on, 'YYYY-MM-DD') AS next FROM carers WHERE id = $1`,
        [carer.carerId],
      );
      expect(row.next).toBe(healthCheckOn);

      await env.sleep('170 days');
      const rows = await waitForTransitions(dataSource, carer.carerId, 2);
      expect(rows).toEqual([
        expect.objectContaining({ transition: 'turning-18-transition-assessment', due_on: turns18On }),
        expect.objectContaining({
          transition: 'annual-health-check',
          due_on: healthCheckOn,
          remind_on: addDays(healthCheckOn, -90),
        }),
      ]);

      // After the health check the carer continues as new, with a small history and nothing noticed twice.
      const latest = env.client.workflow.getHandle(carerWorkflowId(carer.carerId));
      const description = await eventually(
        () => latest.describe(),
        (current) => current.runId !== firstRunId,
        10_000,
      );
      expect(description.historyLength).toBeLessThan(20);
      const view: CarerView = await latest.query(carerQuery);
      expect(view.upcomingTransitions).toEqual([
        {
          kind: 'annual-health-check',
          dueOn: addOneYear(healthCheckOn),
          remindOn: addDays(addOneYear(healthCheckOn), -90),
        },
      ]);

      await env.sleep('120 days');
      expect(await transitionRows(dataSource, carer.carerId)).toHaveLength(2);
    });

    // Each point reminds the carer and their team, named by its kind, on the day it is noticed; with
    // no assessment or review since, the team hears again a week after it fell due.
    const noticedAndEscalated = (topic: string, dueDate: string) => {
      const about = { carerId: carer.carerId, siteId: SITE, topic, dueDate };
      const due = { ...about, purpose: 'transition-due', leadDays: 90, remindOn: addDays(dueDate, -90) };
      return [
        { recipientType: 'carer', recipientId: carer.carerId, ...due },
        { recipientType: 'coordinator', recipientId: carer.teamId, ...due },
        {
          recipientType: 'coordinator',
          recipientId: carer.teamId,
          ...about,
          purpose: 'transition-overdue-escalation',
          leadDays: -7,
          remindOn: addDays(dueDate, 7),
        },
      ];
    };
    expect(reminders).toEqual([
      ...noticedAndEscalated('turning-18-transition-assessment', turns18On),
      ...noticedAndEscalated('annual-health-check', healthCheckOn),
    ]);
  }, 120_000);

  it("should notice a parent carer's child turning 14, the lead time ahead", async () => {
    const today = londonDate(new Date(await env.currentTimeMs()));
    const childTurns14On = addDays(today, 50);
    const carer = await newCarer({
      kind: 'parent-carer',
      milestones: { turns18On: null, childTurns14On, childTurns18On: addDays(childTurns14On, 4 * 365 + 1) },
      transitionLeadDays: 30,
    });
    await insertCarer(dataSource, carer, '1980-02-02', addDays(childTurns14On, -14 * 365));
    const worker = await carerWorker();

    await worker.runUntil(async () => {
      const handle = await startCarer(worker, carer);
      await env.sleep('18 days');
      expect(await transitionRows(dataSource, carer.carerId)).toEqual([]);
      await env.sleep('3 days');
      const rows = await waitForTransitions(dataSource, carer.carerId, 1);
      expect(rows).toEqual([
        expect.objectContaining({
          transition: 'child-turning-14',
          due_on: childTurns14On,
          remind_on: addDays(today, 20),
        }),
      ]);
      const view: CarerView = await handle.query(carerQuery);
      expect(view.firedTransitions).toEqual([`child-turning-14:${childTurns14On}`]);
      expect(view.upcomingTransitions.map((point) => point.kind)).toEqual(['annual-health-check', 'child-turning-18']);
    });
    expect(reminders).toEqual([
      expect.objectContaining({
        recipientType: 'carer',
        topic: 'child-turning-14',
        dueDate: childTurns14On,
        leadDays: 30,
      }),
      expect.objectContaining({ recipientType: 'coordinator', recipientId: 'team-ts', topic: 'child-turning-14' }),
    ]);
  }, 120_000);

  it('should bring a reminder forward when a school move is recorded while the carer waits', async () => {
    const today = londonDate(new Date(await env.currentTimeMs()));
    const carer = await newCarer({
      kind: 'young-carer',
      milestones: { ...NO_MILESTONES, turns18On: addDays(today, 700) },
      transitionLeadDays: 30,
    });
    await insertCarer(dataSource, carer, addDays(today, 700 - 18 * 365));
    const worker = await carerWorker();
    const movesOn = addDays(today, 45);

    await worker.runUntil(async () => {
      const handle = await startCarer(worker, carer);
      await env.sleep('2 days');
      const moved: CarerView = await handle.executeUpdate(recordCarerStepUpdate, {
        updateId: 'school-move-1',
        args: [
          {
            name: 'school-move',
            requestId: 'school-move-1',
            actor: { staffId: 'cc', teamId: 'team-ts' },
            effectiveDate: addDays(today, 2),
            payload: { movesOn, ehcPlanTransfer: 'none' },
          },
        ],
      });
      expect(moved.upcomingTransitions[0]).toEqual({
        kind: 'school-move',
        dueOn: movesOn,
        remindOn: addDays(today, 15),
      });
      await env.sleep('14 days');
      const rows = await waitForTransitions(dataSource, carer.carerId, 1);
      expect(rows).toEqual([expect.objectContaining({ transition: 'school-move', due_on: movesOn })]);
    });

    const steps = await dataSource.query(`SELECT step, sequence FROM carer_steps WHERE carer_id = $1`, [carer.carerId]);
    expect(steps).toEqual([{ step: 'school-move', sequence: 1 }]);
  }, 120_000);
});
