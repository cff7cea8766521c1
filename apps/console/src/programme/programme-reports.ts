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

/** The reports the dashboard offers as CSV, each the API's own file. */
export const PROGRAMME_REPORTS = ['throughput', 'projection', 'equality'] as const;
export type ProgrammeReportName = (typeof PROGRAMME_REPORTS)[number];
