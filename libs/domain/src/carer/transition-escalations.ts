import { addDays } from '../review/calendar-arithmetic';
import type { CarerState } from './carer-state';
import type { CarerTransitionKind } from './stages';

/** Used for carers whose workflow began before escalations were configurable. */
export const DEFAULT_CARER_ESCALATION_AFTER_DAYS = 7;

/** A transition point noticed but not acted on by its due date: the team hears of it `afterDays` later. */
export interface CarerEscalation {
  kind: CarerTransitionKind;
  dueOn: string;
  on: string;
  afterDays: number;
  /** The noticed point's key (`kind:dueOn`); each point is escalated at most once. */
  key: string;
}

/** The latest date the care team acted for the carer: an assessment done or declined, or a review. */
function lastActedOn(state: CarerState): string | null {
  const assessment = state.assessment;
  const dates = [
    assessment && (assessment.outcome === 'completed' ? assessment.assessedOn : assessment.declinedOn),
    state.lastReview?.reviewedOn ?? null,
  ].filter((date): date is string => date !== null);
  return dates.reduce<string | null>((latest, date) => (latest === null || date > latest ? date : latest), null);
}

/**
 * Noticed points still awaiting action, each escalated `afterDays` after it fell due unless an
 * assessment or review was recorded on or after the day it was noticed (a transition assessment
 * before 18, a health check, a review before a school move), earliest first; none once closed.
 */
export function pendingCarerEscalations(state: CarerState): CarerEscalation[] {
  if (state.stage === 'closed') return [];
  const afterDays = state.escalationAfterDays ?? DEFAULT_CARER_ESCALATION_AFTER_DAYS;
  const acted = lastActedOn(state);
  const escalated = new Set(state.escalatedTransitions ?? []);
  return state.firedTransitions
    .filter((key) => !escalated.has(key))
    .map((key) => {
      const separator = key.lastIndexOf(':');
      const dueOn = key.slice(separator + 1);
      return {
        kind: key.slice(0, separator) as CarerTransitionKind,
        dueOn,
        on: addDays(dueOn, afterDays),
        afterDays,
        key,
      };
    })
    .filter((escalation) => acted === null || acted < addDays(escalation.dueOn, -state.transitionLeadDays))
    .sort((a, b) => a.on.localeCompare(b.on) || a.key.localeCompare(b.key));
}

export function markCarerEscalated(state: CarerState, escalation: CarerEscalation): CarerState {
  return { ...state, escalatedTransitions: [...(state.escalatedTransitions ?? []), escalation.key] };
}
