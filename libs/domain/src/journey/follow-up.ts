import { addDays } from '../review';
import type { JourneyState } from './journey-state';
import type { JourneyStep } from './steps';

/**
 * Light-touch follow-up: a person whose needs are met through community connecting is followed up
 * after the configured interval. The guided conversation sets the first date; each follow-up that
 * finds the person still fine sets the next; one that finds they need planning after all moves the
 * journey to activation; one that finds nothing more is needed closes it.
 */
export function followUpAfterConversation(step: JourneyStep<'guided-conversation'>): JourneyState['followUp'] {
  const { outcome, followUpAfterDays } = step.payload;
  if (outcome !== 'community-connecting' || followUpAfterDays === undefined) return null;
  return { dueOn: addDays(step.effectiveDate, followUpAfterDays), reminded: false };
}

export function recordFollowUp(state: JourneyState, step: JourneyStep<'follow-up'>): JourneyState {
  const { outcome, followUpAfterDays, closureReason } = step.payload;
  if (outcome === 'still-fine') {
    return { ...state, followUp: { dueOn: addDays(step.effectiveDate, followUpAfterDays), reminded: false } };
  }
  if (outcome === 'needs-planning') return { ...state, stage: 'activation', followUp: null };
  return {
    ...state,
    stage: 'closed',
    followUp: null,
    closure: { reason: closureReason ?? 'needs-met', closedOn: step.effectiveDate },
  };
}

/** The connector's reminder on the follow-up's due date, until it is asked for. */
export function followUpEvents(state: JourneyState) {
  const followUp = state.followUp;
  if (!followUp || followUp.reminded || state.stage !== 'community-follow-up') return [];
  return [
    {
      kind: 'follow-up-reminder' as const,
      on: followUp.dueOn,
      dueOn: followUp.dueOn,
      leadDays: 0,
      key: `${followUp.dueOn}:follow-up`,
    },
  ];
}

export function markFollowUpReminded(state: JourneyState, dueOn: string): JourneyState {
  return state.followUp?.dueOn === dueOn ? { ...state, followUp: { ...state.followUp, reminded: true } } : state;
}
