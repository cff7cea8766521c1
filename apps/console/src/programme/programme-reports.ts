/** The API's programme figures, as far as the dashboard shows them. */

export interface ThroughputReport {
  period: { from: string; to: string; asOf: string };
  peopleNow: { stage: string; people: number }[];
  peopleNowTotal: number;
  moves: { referrals: number; total: number; between: { from: string; to: string; moves: number }[] };
  timeInStage: {
    stage: string;
    stays: number;
    finished: number;
    stillThere: number;
    medianDays: number | null;
    p90Days: number | null;
  }[];
  reviews: { onTime: number; late: number; overdue: number };
  budgets: {
    byFunder: { funder: string; budgets: number; totalPence: number }[];
    byDeployment: { deployment: string; parts: number; totalPence: number }[];
    indicativeAgainstFinal: {
      budgets: number;
      indicativeTotalPence: number;
      finalTotalPence: number;
      differencePence: number;
    };
  };
}

export interface ProjectionReport {
  asOf: string;
  population: number | null;
  measures: {
    measure: string;
    actual: number;
    actualPer1000: number | null;
    expectedPer1000: number | null;
    expected: number | null;
  }[];
}

export interface EqualityReport {
  asOf: string;
  suppression: { rule: string };
  stages: {
    stage: string;
    people: number | null;
    dimensions: { dimension: string; groups: { value: string; people: number | null; ofReferred: number | null }[] }[];
  }[];
}

type Published = number | null;

interface MeanChange {
  people: Published;
  meanChange: number | null;
}

export interface CrisisPhase {
  people: Published;
  personYears: number | null;
  byKind: { kind: string; events: Published; perPersonYear: number | null }[];
}

/** Outcome figures, each count under 5 null as equality's are. */
export interface OutcomesReport {
  period: { from: string; to: string };
  suppression: { rule: string };
  activation: (MeanChange & { cohort: string; measured: boolean })[];
  outcomeRatings: {
    outcomes: Published;
    byRating: { rating: string; outcomes: Published }[];
    achievedShare: number | null;
  };
  qualityOfLife: (MeanChange & { instrument: string })[];
  crises: { beforePlan: CrisisPhase; afterPlan: CrisisPhase };
  budgetTakeUp: { stage: string; people: Published }[];
  spendAgainstBudget: {
    cohort: string;
    budgets: Published;
    budgetTotalPence: number | null;
    spendTotalPence: number | null;
    spendRatio: number | null;
  }[];
}

/** The reports the dashboard offers as CSV, each the API's own file. */
export const PROGRAMME_REPORTS = ['throughput', 'projection', 'equality', 'outcomes'] as const;
export type ProgrammeReportName = (typeof PROGRAMME_REPORTS)[number];
