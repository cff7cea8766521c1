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
import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import { carerWorkflow } from '../../workflows/carer/carer.workflow';
import { carerStep, newCarer } from '../factories/workflow-inputs.factory';
import { eventually } from '../support/eventually';
import {
  ACTIVITY_WAIT_MS,
  countEvents,
  latestRunAfter,
  scheduledOn,
  workflowSpecHarness,
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
  const { spec, start: startCarer } = workflowSpecHarness(carerWorkflow, recordingCarerActivities);
  const start = (overrides: Partial<NewCarer> = {}) =>
    startCarer(newCarer({ identifiedOn: spec.today, transitionsFrom: spec.today, ...overrides }));

  describe('a step accepted', () => {
    it('should advance the stage and record the step once', async () => {
      await spec.worker.runUntil(async () => {
        const handle = await start();
        const step = offer(spec.today);

        const carer = await handle.executeUpdate(recordCarerStepUpdate, { updateId: step.requestId, args: [step] });

        expect(carer.stage).toBe('assessment-offered');
        expect((await handle.query(carerQuery)).stage).toBe('assessment-offered');
        expect(spec.calls.recordCarerStep).toEqual([
          expect.objectContaining({ step, fromStage: 'identified', carer: expect.objectContaining({ sequence: 1 }) }),
        ]);
      });
    });

    it('should leave the timer running when what is due stays as it was', async () => {
      await spec.worker.runUntil(async () => {
        const handle = await start();
        const step = offer(spec.today);

        await handle.executeUpdate(recordCarerStepUpdate, { updateId: step.requestId, args: [step] });

        expect(await countEvents(handle, 'timerStartedEventAttributes')).toBe(1);
        expect(await countEvents(handle, 'timerCanceledEventAttributes')).toBe(0);
      });
    });
  });

  describe('an illegal step', () => {
    it('should be refused by the validator, with the stage and allowed steps, without entering history', async () => {
      await spec.worker.runUntil(async () => {
        const handle = await start();
        const step = carerStep(
          'carer-budget',
          { amountPence: 60_000, capPence: 100_000, reductionReasonGiven: false },
          spec.today,
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
        expect(spec.calls.recordCarerStep).toEqual([]);
      });
    });
  });

  describe('a transition point falling due', () => {
    it('should be noticed once, on its reminder date, the lead days ahead', async () => {
      await spec.worker.runUntil(async () => {
        const turns18On = addDays(spec.today, 200);
        await start({ kind: 'young-carer', milestones: { turns18On, childTurns14On: null, childTurns18On: null } });
        const remindOn = addDays(turns18On, -90);

        await spec.env.sleep(`${daysBetween(spec.today, remindOn) - 1} days`);
        expect(spec.calls.carerTransitionDue).toEqual([]);

        await spec.env.sleep('2 days');
        await eventually(
          async () => spec.calls.carerTransitionDue.length,
          (noticed) => noticed > 0,
          ACTIVITY_WAIT_MS,
        );
        await spec.env.sleep('30 days');
        expect(spec.calls.carerTransitionDue).toEqual([
          {
            input: expect.objectContaining({
              transition: 'turning-18-transition-assessment',
              dueOn: turns18On,
              remindOn,
              nextTransitionOn: addOneYear(spec.today),
            }),
            on: remindOn,
          },
        ]);
      });
    });
  });

  describe('the annual health check', () => {
    it('should continue as new after it is noticed, keeping the carer', async () => {
      await spec.worker.runUntil(async () => {
        const handle = await start();
        const step = offer(spec.today);
        await handle.executeUpdate(recordCarerStepUpdate, { updateId: step.requestId, args: [step] });
        const checkOn = addOneYear(spec.today);

        await spec.env.sleep(`${daysBetween(spec.today, checkOn) - 89} days`);
        const latest = await latestRunAfter(spec.env, handle);

        expect(spec.calls.carerTransitionDue).toEqual([
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
