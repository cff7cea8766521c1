import {
  applyStep,
  assertStepAllowed,
  completeStatementYear,
  IllegalStepError,
  type JourneyState,
  type JourneyView,
  type NewJourney,
  startJourney,
  StepRuleError,
  viewJourney,
} from '@ipc/domain';
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type { JourneyActivities } from './journey.activities';
import { ILLEGAL_STEP_FAILURE, journeyQuery, recordStepUpdate, STEP_RULE_FAILURE } from './journey.messages';

const { recordJourneyStep, issueAnnualStatement } = proxyActivities<JourneyActivities>({
  startToCloseTimeout: '30 seconds',
  // No attempt limit: an accepted step must reach the record, however long PostgreSQL is away.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

/** A new referral, or a journey carried into a new run at its yearly cycle. */
export type JourneyInput = NewJourney | { resume: JourneyState };

function toFailure(error: unknown): never {
  if (error instanceof IllegalStepError) {
    throw ApplicationFailure.nonRetryable(error.message, ILLEGAL_STEP_FAILURE, {
      stage: error.stage,
      allowedSteps: error.allowedSteps,
    });
  }
  if (error instanceof StepRuleError) {
    throw ApplicationFailure.nonRetryable(error.message, STEP_RULE_FAILURE, {
      field: error.field,
      reason: error.reason,
    });
  }
  throw error;
}

/** Midnight UTC of a due date, which is within that Europe/London calendar date all year round. */
const millisecondsUntil = (date: string) => Math.max(1, Date.parse(`${date}T00:00:00Z`) - Date.now());

/**
 * One person's IPC journey, from referral until closure. Steps arrive as updates: the validator
 * refuses an illegal step before it enters history; the handler moves the state at once (so the
 * next step is validated against it) and then persists the step and read model. Once a budget
 * runs, a durable timer issues each annual statement, and the journey continues as new so its
 * history stays small however many years it lives.
 */
export async function journeyWorkflow(input: JourneyInput): Promise<JourneyView> {
  let state = 'resume' in input ? input.resume : startJourney(input);
  const closed = () => state.stage === 'closed';

  setHandler(journeyQuery, () => viewJourney(state));
  setHandler(
    recordStepUpdate,
    async (step) => {
      const fromStage = state.stage;
      state = applyStep(state, step);
      const journey = viewJourney(state);
      await recordJourneyStep({ step, fromStage, journey });
      return journey;
    },
    {
      validator: (step) => {
        try {
          assertStepAllowed(state, step);
        } catch (error) {
          toFailure(error);
        }
      },
    },
  );

  while (!closed()) {
    const dueOn = state.budget?.nextStatementOn;
    if (!dueOn) {
      await condition(() => closed() || state.budget !== null);
      continue;
    }
    const interrupted = await condition(
      () => closed() || state.budget?.nextStatementOn !== dueOn,
      millisecondsUntil(dueOn),
    );
    if (interrupted) continue;
    const periodStart = state.budget?.statementYearStart ?? dueOn;
    state = completeStatementYear(state);
    await issueAnnualStatement({ journey: viewJourney(state), periodStart, periodEnd: dueOn });
    await condition(allHandlersFinished);
    await continueAsNew<typeof journeyWorkflow>({ resume: state });
  }

  await condition(allHandlersFinished);
  return viewJourney(state);
}
