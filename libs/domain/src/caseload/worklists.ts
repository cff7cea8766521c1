import { addDays } from '../review/calendar-arithmetic';

/** A team's worklists: what needs doing, each a count and a paged list. */
export const WORKLIST_NAMES = [
  'new-referrals',
  'awaiting-consent',
  'stalled',
  'plan-without-isr',
  'budget-decision-overdue',
  'reviews-due',
  'reviews-overdue',
  'carer-transitions',
  'failed-reminders',
  'follow-up-due',
] as const;
export type WorklistName = (typeof WORKLIST_NAMES)[number];

/** The stages a case can stall in: before delivery, whose reviews have their own worklists. */
export const STALLABLE_STAGES = [
  'referred',
  'awaiting-consent',
  'identified',
  'offered',
  'activation',
  'planning',
  'plan-agreed',
] as const;
export type StallableStage = (typeof STALLABLE_STAGES)[number];

/** A site's thresholds, in days. */
export interface WorklistThresholds {
  /** Waiting for consent longer than this. */
  consentWaitDays: number;
  /** No step for this long, per stage. */
  stalledDays: Record<StallableStage, number>;
  /** An agreed plan without a budget decision (a budget set or declined) after this long. */
  budgetDecisionDays: number;
  /** Reviews falling due within this many days (overdue ones have their own list). */
  reviewsDueWithinDays: number;
  /** Carers' transition points within this many days. */
  carerTransitionWithinDays: number;
}

/** What a site gets until it sets its own: the pathway guide's rhythms (weeks to a plan, yearly reviews). */
export const DEFAULT_WORKLIST_THRESHOLDS: WorklistThresholds = {
  consentWaitDays: 14,
  stalledDays: {
    referred: 14,
    'awaiting-consent': 28,
    identified: 14,
    offered: 21,
    activation: 21,
    planning: 42,
    'plan-agreed': 28,
  },
  budgetDecisionDays: 28,
  reviewsDueWithinDays: 30,
  carerTransitionWithinDays: 90,
};

/** A site's stored thresholds over the defaults (per stage too), so a site sets only what it changes. */
export function worklistThresholds(
  stored: Partial<Omit<WorklistThresholds, 'stalledDays'>> & {
    stalledDays?: Partial<WorklistThresholds['stalledDays']>;
  },
): WorklistThresholds {
  return {
    ...DEFAULT_WORKLIST_THRESHOLDS,
    ...stored,
    stalledDays: { ...DEFAULT_WORKLIST_THRESHOLDS.stalledDays, ...stored.stalledDays },
  };
}

/**
 * The dates the worklists compare with on a given day: a case is on a list when its date is on or
 * before a cut-off (waited long enough) or on or before a horizon (falls due soon enough).
 */
export interface WorklistDates {
  today: string;
  consentWaitingSince: string;
  stalledSince: Record<StallableStage, string>;
  budgetDecisionWaitingSince: string;
  reviewsDueBy: string;
  carerTransitionsBy: string;
}

export function worklistDates(today: string, thresholds: WorklistThresholds): WorklistDates {
  const before = (days: number) => addDays(today, -days);
  const stalledSince = Object.fromEntries(
    STALLABLE_STAGES.map((stage) => [stage, before(thresholds.stalledDays[stage])]),
  ) as Record<StallableStage, string>;
  return {
    today,
    consentWaitingSince: before(thresholds.consentWaitDays),
    stalledSince,
    budgetDecisionWaitingSince: before(thresholds.budgetDecisionDays),
    reviewsDueBy: addDays(today, thresholds.reviewsDueWithinDays),
    carerTransitionsBy: addDays(today, thresholds.carerTransitionWithinDays),
  };
}
