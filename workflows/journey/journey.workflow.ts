import {
  type AnyJourneyStep,
  applyStep,
  assertStepAccepted,
  completeStatementYear,
  hasAgreedPlan,
  IllegalStepError,
  isSupersededReminder,
  journeyReminderFor,
  journeyReminderRequests,
  type JourneyState,
  type JourneyStep,
  type JourneyView,
  markReminderRequested,
  type NewJourney,
  pendingEvents,
  startJourney,
  statementYear,
  viewJourney,
  withReviewSchedule,
} from '@ipc/domain';
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import type { ReminderActivities } from '../reminders/reminder.activities';
import type { JourneyActivities } from './journey.activities';
import { journeyQuery, recordStepUpdate } from './journey.messages';
import { RECORDING_ACTIVITY_OPTIONS, runLocallyFrom, untilNextEvent, utcToday } from '../durable-timing';
import { stepValidator } from '../step-failures';

const { recordJourneyStep, issueAnnualStatement, loadReviewSchedule } =
  proxyActivities<JourneyActivities>(RECORDING_ACTIVITY_OPTIONS);
const { requestReminder, requestJourneyReminders } = proxyActivities<ReminderActivities>(RECORDING_ACTIVITY_OPTIONS);
const local = proxyLocalActivities<JourneyActivities>(RECORDING_ACTIVITY_OPTIONS);

/** Journeys recorded before review schedules existed replay without them. */
const REVIEW_SCHEDULES_PATCH = 'review-schedules';
/**
 * From here on, statements are reminded too, and reminders reach the person's carers: journeys
 * recorded before replay their reminders as they were sent (one activity per recipient, no carers).
 */
const STATEMENT_AND_CARER_REMINDERS_PATCH = 'statement-and-carer-reminders';
/**
 * From here on, a plan revised once agreed is drafted beside the plan in force: journeys recorded
 * before replay such a revision as it was then, replacing the agreed plan.
 */
const PLAN_IN_FORCE_PATCH = 'plan-in-force';
/** From here on, a person met through community connecting is followed up: the connector is reminded on the day. */
const FOLLOW_UP_PATCH = 'light-touch-follow-up';
/** From here on, a person who declined a personal budget after an ISR gets a yearly statement of the resources used. */
const RESOURCE_STATEMENTS_PATCH = 'decliner-resource-statements';
/** From here on, a step's activities are local; journeys recorded before replay the regular ones. */
const LOCAL_STEP_ACTIVITIES_PATCH = 'steps-recorded-locally';
const recordStep = runLocallyFrom(LOCAL_STEP_ACTIVITIES_PATCH, recordJourneyStep, local.recordJourneyStep);
const loadStepReviewSchedule = runLocallyFrom(
  LOCAL_STEP_ACTIVITIES_PATCH,
  loadReviewSchedule,
  local.loadReviewSchedule,
);

/** A journey closed in error, started again from its record with the step that reopens it. */
export interface ReopenedJourney {
  closed: JourneyState;
  step: JourneyStep<'reopen'>;
}

/** A new referral, a journey carried into a new run at its yearly cycle, or one reopened after closure. */
export type JourneyInput = NewJourney | { resume: JourneyState } | { reopen: ReopenedJourney };

const initialState = (input: JourneyInput): JourneyState => {
  if ('resume' in input) return input.resume;
  if ('reopen' in input) return applyStep(input.reopen.closed, input.reopen.step);
  return startJourney(input);
};

const isIllegalStep = (error: unknown) => error instanceof IllegalStepError;

/**
 * One person's IPC journey, from referral until closure. Steps arrive as updates: the validator
 * refuses an illegal step before it enters history; the handler moves the state at once (so the
 * next step is validated against it) and then persists the step and read model. Once a budget
 * runs, a durable timer issues each annual statement, and the journey continues as new so its
 * history stays small however many years it lives.
 */
export async function journeyWorkflow(input: JourneyInput): Promise<JourneyView> {
  let state = initialState(input);
  const closed = () => state.stage === 'closed';
  const needsReviewSchedule = () => hasAgreedPlan(state) && !state.reviews.schedule && patched(REVIEW_SCHEDULES_PATCH);

  setHandler(journeyQuery, () => viewJourney(state));
  setHandler(
    recordStepUpdate,
    async (step) => {
      const fromStage = state.stage;
      const reviewDueOn = step.name === 'review' ? state.reviews.nextDueOn : undefined;
      const revisesAgreedPlan = step.name === 'care-plan' && hasAgreedPlan(state);
      state = applyStep(state, step, { draftBesideAgreedPlan: !revisesAgreedPlan || patched(PLAN_IN_FORCE_PATCH) });
      // Load the review rules before recording, so the answer and the read model carry the due date.
      if (needsReviewSchedule()) state = withReviewSchedule(state, await loadStepReviewSchedule(state.siteId));
      const journey = viewJourney(state);
      await recordStep({ step, fromStage, journey, reviewDueOn });
      return journey;
    },
    { validator: stepValidator((step: AnyJourneyStep) => assertStepAccepted(state, step), isIllegalStep) },
  );
  if ('reopen' in input) {
    const { step } = input.reopen;
    await recordStep({ step, fromStage: 'closed', journey: viewJourney(state) });
  }

  while (!closed()) {
    if (needsReviewSchedule()) {
      const schedule = await loadReviewSchedule(state.siteId);
      state = withReviewSchedule(state, schedule);
      continue;
    }
    const remindersForAll = patched(STATEMENT_AND_CARER_REMINDERS_PATCH);
    const followUps = patched(FOLLOW_UP_PATCH);
    // Only a decline recorded with its statement cycle schedules these: journeys before replay as they were.
    const resourceStatements = Boolean(state.resourceStatements) && patched(RESOURCE_STATEMENTS_PATCH);
    const pending = () => pendingEvents(state, { statementReminders: remindersForAll, followUps, resourceStatements });
    const declinedSince = () => !resourceStatements && Boolean(state.resourceStatements);
    const next = await untilNextEvent(pending, () => closed() || needsReviewSchedule() || declinedSince());
    if (!next) continue;
    if (next.kind !== 'statement') {
      const reminder = journeyReminderFor(state, next);
      if (!remindersForAll) {
        await Promise.all(journeyReminderRequests(reminder, []).map((request) => requestReminder(request)));
      } else if (!isSupersededReminder(pending(), next, utcToday())) {
        await requestJourneyReminders(reminder);
      }
      state = markReminderRequested(state, next);
      continue;
    }
    const periodStart = statementYear(state)?.statementYearStart ?? next.on;
    state = completeStatementYear(state);
    await issueAnnualStatement({ journey: viewJourney(state), periodStart, periodEnd: next.on });
    await condition(allHandlersFinished);
    // A new year reads the site's review rules afresh.
    await continueAsNew<typeof journeyWorkflow>({
      resume: { ...state, reviews: { ...state.reviews, schedule: null } },
    });
  }

  await condition(allHandlersFinished);
  return viewJourney(state);
}
