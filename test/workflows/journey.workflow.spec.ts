import { randomUUID } from 'node:crypto';
import { loadConfig } from '@ipc/config';
import {
  addDays,
  addOneYear,
  daysBetween,
  DEFAULT_REVIEW_RULES,
  type JourneyReminder,
  type ResourceAllocation,
  type ReviewSchedule,
} from '@ipc/domain';
import {
  ILLEGAL_STEP_FAILURE,
  type IssueAnnualStatementInput,
  type JourneyActivities,
  journeyQuery,
  type RecordJourneyStepInput,
  type ReminderActivities,
  recordStepUpdate,
} from '@ipc/workflows';
import { ApplicationFailure, type WorkflowHandle, WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { journeyWorkflow, type JourneyInput } from '../../workflows/journey/journey.workflow';
import { resourceAllocation } from '../factories/budget.factory';
import { journeyStep, newJourney } from '../factories/workflow-inputs.factory';
import {
  type AgreedPlan,
  agreedJourney,
  budgetStep,
  serverToday,
  startTimeSkippingServer,
} from '../support/time-skipping';
import { eventually } from '../support/eventually';
import {
  ACTIVITY_WAIT_MS,
  countEvents,
  latestRunAfter,
  scheduledOn,
  stubbedWorker,
  terminateAll,
} from '../support/workflow-spec-worker';

const SCHEDULE: ReviewSchedule = { rules: DEFAULT_REVIEW_RULES, reminderLeadDays: [28], escalationAfterDays: 14 };

/** The journey's activities as plain functions recording each call (and the date it was scheduled). */
function recordingJourneyActivities() {
  const calls = {
    recordJourneyStep: [] as RecordJourneyStepInput[],
    requestJourneyReminders: [] as { reminder: JourneyReminder; on: string }[],
    issueAnnualStatement: [] as { input: IssueAnnualStatementInput; on: string }[],
  };
  const activities: JourneyActivities & ReminderActivities = {
    async recordJourneyStep(input) {
      calls.recordJourneyStep.push(input);
    },
    async issueAnnualStatement(input) {
      calls.issueAnnualStatement.push({ input, on: scheduledOn() });
    },
    async loadReviewSchedule() {
      return SCHEDULE;
    },
    async requestReminder() {
      throw new Error('journeys since the statement-and-carer-reminders patch ask for all their reminders at once');
    },
    async requestJourneyReminders(reminder) {
      calls.requestJourneyReminders.push({ reminder, on: scheduledOn() });
      return [];
    },
  };
  return { calls, activities };
}

describe(journeyWorkflow.name, () => {
  const config = loadConfig();
  let env: TestWorkflowEnvironment;
  let today: string;
  let calls: ReturnType<typeof recordingJourneyActivities>['calls'];
  let worker: Worker;

  beforeAll(async () => {
    env = await startTimeSkippingServer(config);
  });

  beforeEach(async () => {
    const recording = recordingJourneyActivities();
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

  const started: WorkflowHandle[] = [];
  const start = async (input: JourneyInput) => {
    const handle = await env.client.workflow.start(journeyWorkflow, {
      workflowId: `journey-spec-${randomUUID()}`,
      taskQueue: worker.options.taskQueue,
      args: [input],
    });
    started.push(handle);
    return handle;
  };

  const planAgreedOn = (agreedOn: string): AgreedPlan => ({
    participantId: randomUUID(),
    siteId: 'site-wf',
    teamId: 'team-wf',
    coordinatorId: 'cc',
    agreedOn,
    items: [{ itemId: randomUUID(), description: 'Gym', provider: 'Leisure Trust', annualCostPence: 32_050 }],
  });
  const agreedOn = (plan: AgreedPlan) => agreedJourney(plan, resourceAllocation() as ResourceAllocation);

  describe('a step accepted', () => {
    it('should advance the stage and record the step once', async () => {
      await worker.runUntil(async () => {
        const handle = await start(newJourney({ referredOn: today }));
        const step = journeyStep('identification', { eligible: true, consentToShare: true }, today);

        const journey = await handle.executeUpdate(recordStepUpdate, { updateId: step.requestId, args: [step] });

        expect(journey.stage).toBe('identified');
        expect((await handle.query(journeyQuery)).stage).toBe('identified');
        expect(calls.recordJourneyStep).toEqual([
          expect.objectContaining({ step, fromStage: 'referred', journey: expect.objectContaining({ sequence: 1 }) }),
        ]);
      });
    });
  });

  describe('an illegal step', () => {
    it('should be refused by the validator, with the stage and allowed steps, without entering history', async () => {
      await worker.runUntil(async () => {
        const handle = await start(newJourney({ referredOn: today }));
        const step = journeyStep('activation', { score: 61 }, today);

        const refusal = await handle
          .executeUpdate(recordStepUpdate, { updateId: step.requestId, args: [step] })
          .catch((error: unknown) => error);

        expect(refusal).toBeInstanceOf(WorkflowUpdateFailedError);
        const cause = (refusal as WorkflowUpdateFailedError).cause as ApplicationFailure;
        expect(cause).toBeInstanceOf(ApplicationFailure);
        expect(cause.type).toBe(ILLEGAL_STEP_FAILURE);
        expect(cause.details).toEqual([
          { stage: 'referred', allowedSteps: expect.arrayContaining(['identification']) },
        ]);
        expect(await countEvents(handle, 'workflowExecutionUpdateAcceptedEventAttributes')).toBe(0);
        expect(calls.recordJourneyStep).toEqual([]);
        expect((await handle.query(journeyQuery)).stage).toBe('referred');
      });
    });
  });

  describe('a review falling due', () => {
    it('should ask for its reminders once, on the reminder date', async () => {
      await worker.runUntil(async () => {
        const handle = await start({ resume: agreedOn(planAgreedOn(today)) });
        await eventually(async () => (await handle.query(journeyQuery)).reviews.nextDueOn, Boolean, ACTIVITY_WAIT_MS);
        const dueOn = String((await handle.query(journeyQuery)).reviews.nextDueOn);
        const remindOn = addDays(dueOn, -28);

        await env.sleep(`${Math.max(0, daysBetween(today, remindOn) - 1)} days`);
        expect(calls.requestJourneyReminders).toEqual([]);

        await env.sleep('2 days');
        await eventually(
          async () => calls.requestJourneyReminders.length,
          (asked) => asked > 0,
          ACTIVITY_WAIT_MS,
        );
        await env.sleep('7 days');
        expect(calls.requestJourneyReminders).toEqual([
          {
            reminder: expect.objectContaining({ purpose: 'review-due', dueDate: dueOn, leadDays: 28, remindOn }),
            on: remindOn,
          },
        ]);
      });
    });
  });

  describe('the annual statement', () => {
    it('should be issued on the budget’s anniversary, then continue as new keeping the journey', async () => {
      await worker.runUntil(async () => {
        const plan = planAgreedOn(today);
        const journey = agreedOn(plan);
        const handle = await start({ resume: journey });
        const budget = budgetStep(plan, today);
        await handle.executeUpdate(recordStepUpdate, { updateId: budget.requestId, args: [budget] });
        const statementOn = addOneYear(today);

        await env.sleep(`${daysBetween(today, statementOn) + 1} days`);
        const latest = await latestRunAfter(env, handle);

        expect(calls.issueAnnualStatement).toEqual([
          { input: expect.objectContaining({ periodStart: today, periodEnd: statementOn }), on: statementOn },
        ]);
        const resumed = await latest.query(journeyQuery);
        expect(resumed).toMatchObject({
          participantId: journey.participantId,
          stage: 'delivery',
          // The budget, then the statement year turned (a timeline entry of its own).
          sequence: journey.sequence + 2,
          carePlan: { version: journey.carePlan?.version, agreedOn: today },
          budget: { statementYearStart: statementOn, nextStatementOn: addOneYear(statementOn) },
        });
      });
    });
  });
});
