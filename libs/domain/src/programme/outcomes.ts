import { COHORTS } from '../cohorts';
import { CRISIS_EVENT_KINDS } from '../outcomes/crisis-events';
import { OUTCOME_RATINGS } from '../review/review-rules';
import type { SiteCharacteristic } from './demographics';
import { type EqualityStage, equalityFigures, type TakeUpRow } from './equality';
import { publishCount, publishedRate, publishTable } from './suppression';

/** The roll-ups' sums for one site and period, exact (nothing published yet). */
export interface OutcomeSums {
  /** People measured at least twice whose latest score fell in the period, and their summed change. */
  activation: { cohort: string; people: number; totalChange: number }[];
  /** Outcomes whose latest rating was given in the period, by that rating. */
  ratings: { rating: string; outcomes: number }[];
  qualityOfLife: { instrument: string; people: number; totalChange: number }[];
  /**
   * Person-time marks and events up to the period's end: `identified`, `before-ended`, `agreed` and
   * `after-ended` count people and the days from each mark to the end; `before|<kind>` and
   * `after|<kind>` count events.
   */
  crises: { mark: string; count: number; days: number }[];
  /** Budget holders and decliners now by characteristic (stage `budget-holder` or `budget-decliner`). */
  budgetTakeUp: TakeUpRow[];
  budgets: { cohort: string; budgets: number; totalPence: number }[];
  /** Spend in the period by people with a budget now. */
  spend: { cohort: string; totalPence: number }[];
}

export interface MeanChange {
  /** Rounded to 5; null under 5. */
  people: number | null;
  /** The mean of latest minus first, to 2 decimal places; null when the people are. */
  meanChange: number | null;
}

export interface CrisisRate {
  kind: string;
  /** Rounded to 5; null under 5. */
  events: number | null;
  /** The published events per person-year, to 2 decimal places; null when the events are. */
  perPersonYear: number | null;
}

export interface PlanPhase {
  /** People with time in this phase, rounded to 5; null under 5. */
  people: number | null;
  /** Their time in it, to 1 decimal place; null when the people are. */
  personYears: number | null;
  byKind: CrisisRate[];
}

export interface OutcomeFigures {
  activation: (MeanChange & { cohort: string; measured: boolean })[];
  outcomeRatings: {
    /** Outcomes rated, rounded (see suppression.ts); null under 5. */
    outcomes: number | null;
    byRating: { rating: string; outcomes: number | null }[];
    /** The published achieved count over the published total, to 4 decimal places. */
    achievedShare: number | null;
  };
  qualityOfLife: (MeanChange & { instrument: string })[];
  crises: { beforePlan: PlanPhase; afterPlan: PlanPhase };
  budgetTakeUp: EqualityStage[];
  spendAgainstBudget: {
    cohort: string;
    /** People with a budget now, rounded to 5; null under 5 (and then so are the sums). */
    budgets: number | null;
    budgetTotalPence: number | null;
    spendTotalPence: number | null;
    /** Spend over budget, to 4 decimal places. */
    spendRatio: number | null;
  }[];
}

export interface OutcomeSettings {
  activationCohorts: readonly string[];
  instruments: readonly string[];
  characteristics: readonly SiteCharacteristic[];
}

export const BUDGET_DECISIONS = ['budget-holder', 'budget-decliner'] as const;
const DAYS_A_YEAR = 365.25;

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

function meanChange(people: number, totalChange: number): MeanChange {
  const shown = publishCount(people);
  return { people: shown, meanChange: shown === null ? null : round(totalChange / people, 2) };
}

/** Each name listed first, in order, then any others found in the sums. */
const namesOf = (listed: readonly string[], found: string[]) => [...new Set([...listed, ...found])];

function phase(crises: OutcomeSums['crises'], name: 'before' | 'after', start: string, end: string): PlanPhase {
  const mark = (key: string) => crises.find((row) => row.mark === key) ?? { count: 0, days: 0 };
  const people = publishCount(mark(start).count);
  const years = (mark(start).days - mark(end).days) / DAYS_A_YEAR;
  return {
    people,
    personYears: people === null ? null : round(years, 1),
    byKind: CRISIS_EVENT_KINDS.map((kind) => {
      const events = people === null ? null : publishCount(mark(`${name}|${kind}`).count);
      return { kind, events, perPersonYear: events === null || years === 0 ? null : round(events / years, 2) };
    }),
  };
}

/**
 * Holders and decliners as the equality figures count take-up (each characteristic a table, one
 * shared total), with each group's share of the people referred; both decisions even when empty.
 */
function budgetTakeUp(
  rows: TakeUpRow[],
  characteristics: readonly SiteCharacteristic[],
  referred: TakeUpRow[],
): EqualityStage[] {
  const everyDecision = BUDGET_DECISIONS.map((stage) => ({ stage, dimension: 'all', value: '', people: 0 }));
  const stages = equalityFigures([...referred, ...everyDecision, ...rows], characteristics);
  return BUDGET_DECISIONS.map((decision) => stages.find(({ stage }) => stage === decision) as EqualityStage);
}

/** Counts per rating as one table (a partition of the outcomes rated), and the share achieved. */
function ratingFigures(ratings: OutcomeSums['ratings']): OutcomeFigures['outcomeRatings'] {
  const names = namesOf(
    OUTCOME_RATINGS,
    ratings.map((row) => row.rating),
  );
  const rated = publishTable(names.map((rating) => ratings.find((row) => row.rating === rating)?.outcomes ?? 0));
  return {
    outcomes: rated.total,
    byRating: names.map((rating, index) => ({ rating, outcomes: rated.cells[index] })),
    achievedShare: publishedRate(rated.cells[names.indexOf('achieved')], rated.total),
  };
}

/** Spend against budget per cohort, the money shown only beside a shown count of budgets. */
function spendAgainstBudget({ budgets, spend }: OutcomeSums): OutcomeFigures['spendAgainstBudget'] {
  return COHORTS.map((cohort) => {
    const budget = budgets.find((row) => row.cohort === cohort);
    const shown = publishCount(budget?.budgets ?? 0);
    const budgetTotalPence = shown === null ? null : (budget?.totalPence ?? 0);
    const spendTotalPence = shown === null ? null : (spend.find((row) => row.cohort === cohort)?.totalPence ?? 0);
    const spendRatio =
      budgetTotalPence && spendTotalPence !== null ? round(spendTotalPence / budgetTotalPence, 4) : null;
    return { cohort, budgets: shown, budgetTotalPence, spendTotalPence, spendRatio };
  });
}

/**
 * The published outcome figures: every count of people (or outcomes, or events) under 5 is null and
 * the rest rounded to 5 (suppression.ts), and each mean, share or rate is worked out so it shows
 * nothing a hidden count would.
 */
export function outcomeFigures(sums: OutcomeSums, settings: OutcomeSettings, referred: TakeUpRow[]): OutcomeFigures {
  const change = (row: { people: number; totalChange: number } | undefined) =>
    meanChange(row?.people ?? 0, row?.totalChange ?? 0);
  return {
    activation: COHORTS.map((cohort) => ({
      cohort,
      measured: settings.activationCohorts.includes(cohort),
      ...change(sums.activation.find((row) => row.cohort === cohort)),
    })),
    outcomeRatings: ratingFigures(sums.ratings),
    qualityOfLife: namesOf(
      settings.instruments,
      sums.qualityOfLife.map((row) => row.instrument),
    ).map((instrument) => ({
      instrument,
      ...change(sums.qualityOfLife.find((row) => row.instrument === instrument)),
    })),
    crises: {
      beforePlan: phase(sums.crises, 'before', 'identified', 'before-ended'),
      afterPlan: phase(sums.crises, 'after', 'agreed', 'after-ended'),
    },
    budgetTakeUp: budgetTakeUp(sums.budgetTakeUp, settings.characteristics, referred),
    spendAgainstBudget: spendAgainstBudget(sums),
  };
}
