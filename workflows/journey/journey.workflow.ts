import {
  applyStep,
  assertStepAllowed,
  IllegalStepError,
  type NewJourney,
  startJourney,
  StepRuleError,
  viewJourney,
  type JourneyView,
} from '@ipc/domain';
import { allHandlersFinished, ApplicationFailure, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { JourneyActivities } from './journey.activities';
import { ILLEGAL_STEP_FAILURE, journeyQuery, recordStepUpdate, STEP_RULE_FAILURE } from './journey.messages';

const { recordJourneyStep } = proxyActivities<JourneyActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

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

/**
 * One person's IPC journey, from referral until closure. Steps arrive as updates: the validator
 * refuses an illegal step before it enters history; the handler moves the state at once (so the
 * next step is validated against it) and then persists the step and read model.
 */
export async function journeyWorkflow(referral: NewJourney): Promise<JourneyView> {
  let state = startJourney(referral);

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

  await condition(() => state.stage === 'closed' && allHandlersFinished());
  return viewJourney(state);
}
