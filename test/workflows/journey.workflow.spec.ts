import { randomUUID } from 'node:crypto';
import {
  addDays,
  addOneYear,
  applyStep,
  daysBetween,
  DEFAULT_REVIEW_RULES,
  type JourneyReminder,
  type ResourceAllocation,
  type ReviewSchedule,
  startJourney,
} from '@ipc/domain';
import {
  CORRECTION_REFUSED_FAILURE,
  ILLEGAL_STEP_FAILURE,
  type IssueAnnualStatementInput,
  type JourneyActivities,
  journeyQuery,
  type RecordJourneyStepInput,
  type ReminderActivities,
  recordStepUpdate,
} from '@ipc/workflows';
import { ApplicationFailure, type WorkflowHandle, WorkflowUpdateFailedError } from '@temporalio/client';
import { journeyWorkflow } from '../../workflows/journey/journey.workflow';
import { resourceAllocation } from '../factories/budget.factory';
import { journeyStep, newJourney } from '../factories/workflow-inputs.factory';
import { type AgreedPlan, agreedJourney, budgetStep, serverToday } from '../support/time-skipping';
import { eventually } from '../support/eventually';
import {
  ACTIVITY_WAIT_MS,
  countEvents,
  latestRunAfter,
  scheduledOn,
  workflowSpecHarness,
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
  const { spec, start } = workflowSpecHarness(journeyWorkflow, recordingJourneyActivities);

  const planAgreedOn = (agreedOn: string): AgreedPlan => ({
    participantId: randomUUID(),
    siteId: 'site-wf',
    teamId: 'team-wf',
    coordinatorId: 'cc',
    agreedOn,
    items: [
      {
        itemId: randomUUID(),
        description: 'Personal assistant',
        provider: 'Riverside PA Co-op',
        annualCostPence: 968_050,
      },
    ],
  });
  const agreedOn = (plan: AgreedPlan) => agreedJourney(plan, resourceAllocation() as ResourceAllocation);

  describe('a step accepted', () => {
    it('should advance the stage and record the step once', async () => {
      await spec.worker.runUntil(async () => {
        const handle = await start(newJourney({ referredOn: spec.today }));
        const step = journeyStep('identification', { eligible: true, consentToShare: true }, spec.today);

        const journey = await handle.executeUpdate(recordStepUpdate, { updateId: step.requestId, args: [step] });

        expect(journey.stage).toBe('identified');
        expect((await handle.query(journeyQuery)).stage).toBe('identified');
        expect(spec.calls.recordJourneyStep).toEqual([
          expect.objectContaining({ step, fromStage: 'referred', journey: expect.objectContaining({ sequence: 1 }) }),
        ]);
      });
    });
  });

  describe('an illegal step', () => {
    it('should be refused by the validator, with the stage and allowed steps, without entering history', async () => {
      await spec.worker.runUntil(async () => {
        const handle = await start(newJourney({ referredOn: spec.today }));
        const step = journeyStep('activation', { score: 61 }, spec.today);

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
        expect(spec.calls.recordJourneyStep).toEqual([]);
        expect((await handle.query(journeyQuery)).stage).toBe('referred');
      });
    });
  });

  describe('a review falling due', () => {
    it('should ask for its reminders once, on the reminder date', async () => {
      await spec.worker.runUntil(async () => {
        const handle = await start({ resume: agreedOn(planAgreedOn(spec.today)) });
        await eventually(async () => (await handle.query(journeyQuery)).reviews.nextDueOn, Boolean, ACTIVITY_WAIT_MS);
        const dueOn = String((await handle.query(journeyQuery)).reviews.nextDueOn);
        const remindOn = addDays(dueOn, -28);

        await spec.env.sleep(`${Math.max(0, daysBetween(spec.today, remindOn) - 1)} days`);
        expect(spec.calls.requestJourneyReminders).toEqual([]);

        await spec.env.sleep('2 days');
        await eventually(
          async () => spec.calls.requestJourneyReminders.length,
          (asked) => asked > 0,
          ACTIVITY_WAIT_MS,
        );
        await spec.env.sleep('7 days');
        expect(spec.calls.requestJourneyReminders).toEqual([
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
      await spec.worker.runUntil(async () => {
        const plan = planAgreedOn(spec.today);
        const journey = agreedOn(plan);
        const handle = await start({ resume: journey });
        const budget = budgetStep(plan, spec.today);
        await handle.executeUpdate(recordStepUpdate, { updateId: budget.requestId, args: [budget] });
        const statementOn = addOneYear(spec.today);

        await spec.env.sleep(`${daysBetween(spec.today, statementOn) + 1} days`);
        const latest = await latestRunAfter(spec.env, handle);

        expect(spec.calls.issueAnnualStatement).toEqual([
          { input: expect.objectContaining({ periodStart: spec.today, periodEnd: statementOn }), on: statementOn },
        ]);
        const resumed = await latest.query(journeyQuery);
        expect(resumed).toMatchObject({
          participantId: journey.participantId,
          stage: 'delivery',
          // The budget, then the statement year turned (a timeline entry of its own).
          sequence: journey.sequence + 2,
          carePlan: { version: journey.carePlan?.version, agreedOn: spec.today },
          budget: { statementYearStart: statementOn, nextStatementOn: addOneYear(statementOn) },
        });
      });
    });
  });

  /** A person met through community connecting spec.today, followed up after 30 days. */
  async function connected(handle: WorkflowHandle) {
    const steps = [
      journeyStep('identification', { eligible: true, consentToShare: true }, spec.today),
      journeyStep(
        'offer',
        { informationFormat: 'standard', language: 'en', advocacy: 'declined', communityConnectorId: 'connector-wf' },
        spec.today,
      ),
      journeyStep(
        'guided-conversation',
        {
          outcome: 'community-connecting',
          peerSupport: [],
          referralsMade: 0,
          carersIdentified: 0,
          followUpAfterDays: 30,
        },
        spec.today,
      ),
    ];
    let journey;
    for (const step of steps) {
      journey = await handle.executeUpdate(recordStepUpdate, { updateId: step.requestId, args: [step] });
    }
    return journey;
  }

  describe('a light-touch follow-up', () => {
    it('should remind the connector once, on the follow-up date, and again after a follow-up finds them still fine', async () => {
      await spec.worker.runUntil(async () => {
        const handle = await start(newJourney({ referredOn: spec.today }));
        const dueOn = addDays(spec.today, 30);
        expect(await connected(handle)).toMatchObject({ stage: 'community-follow-up', followUp: { dueOn } });

        await spec.env.sleep('29 days');
        expect(spec.calls.requestJourneyReminders).toEqual([]);
        await spec.env.sleep('2 days');
        await eventually(
          async () => spec.calls.requestJourneyReminders.length,
          (asked) => asked > 0,
          ACTIVITY_WAIT_MS,
        );
        expect(spec.calls.requestJourneyReminders).toEqual([
          {
            reminder: expect.objectContaining({
              purpose: 'follow-up-due',
              dueDate: dueOn,
              connectorId: 'connector-wf',
            }),
            on: dueOn,
          },
        ]);

        const followedUpOn = await serverToday(spec.env);
        const fine = journeyStep(
          'follow-up',
          { outcome: 'still-fine', followUpAfterDays: 30, closureReason: null },
          followedUpOn,
        );
        const journey = await handle.executeUpdate(recordStepUpdate, { updateId: fine.requestId, args: [fine] });
        expect(journey.followUp).toEqual({ dueOn: addDays(followedUpOn, 30), reminded: false });
        await spec.env.sleep('31 days');
        await eventually(
          async () => spec.calls.requestJourneyReminders.length,
          (asked) => asked > 1,
          ACTIVITY_WAIT_MS,
        );
        expect(spec.calls.requestJourneyReminders[1].reminder).toMatchObject({ dueDate: addDays(followedUpOn, 30) });
      });
    });
  });

  describe('a step entered in error', () => {
    it('should step back to the stage before, and refuse a second step back with the reason', async () => {
      await spec.worker.runUntil(async () => {
        const handle = await start(newJourney({ referredOn: spec.today }));
        await connected(handle);
        const error = journeyStep('entered-in-error', { sequence: 3 }, spec.today);
        const back = await handle.executeUpdate(recordStepUpdate, { updateId: error.requestId, args: [error] });
        expect(back).toMatchObject({ stage: 'offered', sequence: 4, followUp: null, lastStep: null });

        const again = journeyStep('entered-in-error', { sequence: 2 }, spec.today);
        const refusal = await handle
          .executeUpdate(recordStepUpdate, { updateId: again.requestId, args: [again] })
          .catch((failure: unknown) => failure);
        const cause = (refusal as WorkflowUpdateFailedError).cause as ApplicationFailure;
        expect(cause.type).toBe(CORRECTION_REFUSED_FAILURE);
        expect(cause.details).toEqual([
          { correction: 'entered-in-error', reason: 'there is no step to step back from' },
        ]);
      });
    });
  });

  describe('a journey reopened', () => {
    it('should start a new run from its closed state, at the stage it was closed from, recording the reopening', async () => {
      await spec.worker.runUntil(async () => {
        const referral = newJourney({ referredOn: spec.today });
        const closing = await start(referral);
        await connected(closing);
        const closure = journeyStep('closure', { reason: 'withdrew' }, spec.today);
        await closing.executeUpdate(recordStepUpdate, { updateId: closure.requestId, args: [closure] });
        expect((await closing.result()).stage).toBe('closed');

        // What the API rebuilds from the record: every recorded step replayed with the domain's rules.
        const closed = spec.calls.recordJourneyStep
          .map((call) => call.step)
          .reduce((state, step) => applyStep(state, step), startJourney(referral));
        const reopen = journeyStep('reopen', { withinDays: 30 }, spec.today);
        const reopened = await start({ reopen: { closed, step: reopen } });

        await eventually(
          async () => spec.calls.recordJourneyStep.at(-1)?.step.name,
          (name) => name === 'reopen',
          ACTIVITY_WAIT_MS,
        );
        expect(spec.calls.recordJourneyStep.at(-1)).toMatchObject({
          fromStage: 'closed',
          journey: {
            stage: 'community-follow-up',
            sequence: 5,
            closure: null,
            followUp: { dueOn: addDays(spec.today, 30) },
          },
        });
        expect((await reopened.query(journeyQuery)).allowedSteps).toEqual([
          'guided-conversation',
          'follow-up',
          'closure',
        ]);
      });
    });
  });
});
