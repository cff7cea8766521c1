import { randomUUID } from 'node:crypto';
import { loadConfig } from '@ipc/config';
import { addDays, addOneYear, daysBetween, type NewCarer } from '@ipc/domain';
import {
  type CarerActivities,
  carerQuery,
  type CarerTransitionDueInput,
  type CarerTransitionOverdueInput,
  ILLEGAL_STEP_FAILURE,
  type RecordCarerStepInput,
  recordCarerStepUpdate,
} from '@ipc/workflows';
import { ApplicationFailure, type WorkflowHandle, WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { carerWorkflow } from '../../workflows/carer/carer.workflow';
import { carerStep, newCarer } from '../factories/workflow-inputs.factory';
import { serverToday, startTimeSkippingServer } from '../support/time-skipping';
import { eventually } from '../support/eventually';
import {
  ACTIVITY_WAIT_MS,
  countEvents,
  latestRunAfter,
  scheduledOn,
  stubbedWorker,
  terminateAll,
} from '../support/workflow-spec-worker';

/** The carer's activities as plain functions recording each call (and the date it was scheduled). */
function recordingCarerActivities() {
  const calls = {
    recordCarerStep: [] as RecordCarerStepInput[],
    carerTransitionDue: [] as { input: CarerTransitionDueInput; on: string }[],
    carerTransitionOverdue: [] as CarerTransitionOverdueInput[],
  };
  const activities: CarerActivities = {
    async recordCarerStep(input) {
      calls.recordCarerStep.push(input);
    },
    async carerTransitionDue(input) {
      calls.carerTransitionDue.push({ input, on: scheduledOn() });
    },
    async carerTransitionOverdue(input) {
      calls.carerTransitionOverdue.push(input);
    },
  };
  return { calls, activities };
}

const offer = (effectiveDate: string) =>
  carerStep('assessment-offer', { method: 'telephone', assessorId: null }, effectiveDate);

describe(carerWorkflow.name, () => {
  const config = loadConfig();
  let env: TestWorkflowEnvironment;
  let today: string;
  let calls: ReturnType<typeof recordingCarerActivities>['calls'];
  let worker: Worker;
  const started: WorkflowHandle[] = [];

  beforeAll(async () => {
    env = await startTimeSkippingServer(config);
  });

  beforeEach(async () => {
    const recording = recordingCarerActivities();
    calls = recording.calls;
    worker = await stubbedWorker(env, config, recording.activities);
    today = await serverToday(env);
  });

  afterEach(async () => {
    await terminateAll(started);
  });

  afterAll(async () => {
    await env?.teardown();
  });

  const start = async (overrides: Partial<NewCarer> = {}) => {
    const handle = await env.client.workflow.start(carerWorkflow, {
      workflowId: `carer-spec-${randomUUID()}`,
      taskQueue: worker.options.taskQueue,
      args: [newCarer({ identifiedOn: today, transitionsFrom: today, ...overrides })],
    });
    started.push(handle);
    return handle;
  };

  describe('a step accepted', () => {
    it('should advance the stage and record the step once', async () => {
      await worker.runUntil(async () => {
        const handle = await start();
        const step = offer(today);

        const carer = await handle.executeUpdate(recordCarerStepUpdate, { updateId: step.requestId, args: [step] });

        expect(carer.stage).toBe('assessment-offered');
        expect((await handle.query(carerQuery)).stage).toBe('assessment-offered');
        expect(calls.recordCarerStep).toEqual([
          expect.objectContaining({ step, fromStage: 'identified', carer: expect.objectContaining({ sequence: 1 }) }),
        ]);
      });
    });

    it('should leave the timer running when what is due stays as it was', async () => {
      await worker.runUntil(async () => {
        const handle = await start();
        const step = offer(today);

        await handle.executeUpdate(recordCarerStepUpdate, { updateId: step.requestId, args: [step] });

        expect(await countEvents(handle, 'timerStartedEventAttributes')).toBe(1);
        expect(await countEvents(handle, 'timerCanceledEventAttributes')).toBe(0);
      });
    });
  });

  describe('an illegal step', () => {
    it('should be refused by the validator, with the stage and allowed steps, without entering history', async () => {
      await worker.runUntil(async () => {
        const handle = await start();
        const step = carerStep(
          'carer-budget',
          { amountPence: 60_000, capPence: 100_000, reductionReasonGiven: false },
          today,
        );

        const refusal = await handle
          .executeUpdate(recordCarerStepUpdate, { updateId: step.requestId, args: [step] })
          .catch((error: unknown) => error);

        expect(refusal).toBeInstanceOf(WorkflowUpdateFailedError);
        const cause = (refusal as WorkflowUpdateFailedError).cause as ApplicationFailure;
        expect(cause).toBeInstanceOf(ApplicationFailure);
        expect(cause.type).toBe(ILLEGAL_STEP_FAILURE);
        expect(cause.details).toEqual([{ stage: 'identified', allowedSteps: ['assessment-offer', 'closure'] }]);
        expect(await countEvents(handle, 'workflowExecutionUpdateAcceptedEventAttributes')).toBe(0);
        expect(calls.recordCarerStep).toEqual([]);
      });
    });
  });

  describe('a transition point falling due', () => {
    it('should be noticed once, on its reminder date, the lead days ahead', async () => {
      await worker.runUntil(async () => {
        const turns18On = addDays(today, 200);
        await start({ kind: 'young-carer', milestones: { turns18On, childTurns14On: null, childTurns18On: null } });
        const remindOn = addDays(turns18On, -90);

        await env.sleep(`${daysBetween(today, remindOn) - 1} days`);
        expect(calls.carerTransitionDue).toEqual([]);

        await env.sleep('2 days');
        await eventually(
          async () => calls.carerTransitionDue.length,
          (noticed) => noticed > 0,
          ACTIVITY_WAIT_MS,
        );
        await env.sleep('30 days');
        expect(calls.carerTransitionDue).toEqual([
          {
            input: expect.objectContaining({
              transition: 'turning-18-transition-assessment',
              dueOn: turns18On,
              remindOn,
              nextTransitionOn: addOneYear(today),
            }),
            on: remindOn,
          },
        ]);
      });
    });
  });

  describe('the annual health check', () => {
    it('should continue as new after it is noticed, keeping the carer', async () => {
      await worker.runUntil(async () => {
        const handle = await start();
        const step = offer(today);
        await handle.executeUpdate(recordCarerStepUpdate, { updateId: step.requestId, args: [step] });
        const checkOn = addOneYear(today);

        await env.sleep(`${daysBetween(today, checkOn) - 89} days`);
        const latest = await latestRunAfter(env, handle);

        expect(calls.carerTransitionDue).toEqual([
          {
            input: expect.objectContaining({ transition: 'annual-health-check', dueOn: checkOn }),
            on: addDays(checkOn, -90),
          },
        ]);
        expect(await latest.query(carerQuery)).toMatchObject({
          stage: 'assessment-offered',
          sequence: 1,
          firedTransitions: [`annual-health-check:${checkOn}`],
          upcomingTransitions: [{ kind: 'annual-health-check', dueOn: addOneYear(checkOn) }],
        });
      });
    });
  });
});
