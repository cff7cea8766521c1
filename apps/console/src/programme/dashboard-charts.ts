import { formatPounds, humanise } from '../views/formats';
import { type BarChart, barChart } from './bar-chart';
import type { OutcomesReport, ProjectionReport, ThroughputReport } from './programme-reports';

/** The projection's measures in words. */
export const MEASURE_NAMES: Record<string, string> = {
  'ipc-cohort': 'People in the IPC cohort',
  'care-plan': 'People with a care plan',
  'personal-budget': 'Personal budgets',
  'personal-health-budget': 'Personal health budgets',
};

/** The funders in words (the API's codes are property names). */
export const FUNDER_NAMES: Record<string, string> = { nhs: 'NHS', socialCare: 'Social care', education: 'Education' };

const days = (value: number) => `${value} ${value === 1 ? 'day' : 'days'}`;

/** Every chart of the dashboard, each drawn from the figures its table beside it shows. */
export function dashboardCharts(
  throughput: ThroughputReport,
  projection: ProjectionReport,
  outcomes: OutcomesReport,
): Record<string, BarChart> {
  const { budgets, reviews } = throughput;
  const { beforePlan, afterPlan } = outcomes.crises;
  const perPersonYear = (phase: typeof beforePlan, kind: string) =>
    phase.byKind.find((row) => row.kind === kind)?.perPersonYear ?? null;
  return {
    stages: barChart({
      title: 'People at each stage now',
      id: 'stages',
      rows: throughput.peopleNow.map(({ stage, people }) => ({ label: humanise(stage), values: [people] })),
    }),
    timeInStage: barChart(
      {
        title: 'Time in each stage',
        id: 'time-in-stage',
        series: ['Median', '90th percentile'],
        rows: throughput.timeInStage.map(({ stage, medianDays, p90Days }) => ({
          label: humanise(stage),
          values: [medianDays, p90Days],
        })),
      },
      days,
    ),
    projection: barChart({
      title: 'Actual against expected',
      id: 'projection',
      series: ['Actual', 'Expected'],
      rows: projection.measures.map(({ measure, actual, expected }) => ({
        label: MEASURE_NAMES[measure] ?? humanise(measure),
        values: [actual, expected],
      })),
    }),
    funders: barChart(
      {
        title: 'Budgets by funder',
        id: 'funders',
        rows: budgets.byFunder.map(({ funder, totalPence }) => ({
          label: FUNDER_NAMES[funder] ?? humanise(funder),
          values: [totalPence],
        })),
      },
      formatPounds,
    ),
    deployments: barChart(
      {
        title: 'Budgets by deployment',
        id: 'deployments',
        rows: budgets.byDeployment.map(({ deployment, totalPence }) => ({
          label: humanise(deployment),
          values: [totalPence],
        })),
      },
      formatPounds,
    ),
    reviews: barChart({
      title: 'Reviews',
      id: 'reviews',
      rows: [
        { label: 'Held on time', values: [reviews.onTime] },
        { label: 'Held late', values: [reviews.late] },
        { label: 'Overdue now', values: [reviews.overdue] },
      ],
    }),
    outcomeRatings: barChart({
      title: 'Plan outcomes by their latest rating',
      id: 'outcome-ratings',
      rows: outcomes.outcomeRatings.byRating.map(({ rating, outcomes: count }) => ({
        label: humanise(rating),
        values: [count],
      })),
    }),
    crises: barChart({
      title: 'Crises per person-year',
      id: 'crises',
      series: ['Before the plan', 'After the plan'],
      rows: beforePlan.byKind.map(({ kind }) => ({
        label: humanise(kind),
        values: [perPersonYear(beforePlan, kind), perPersonYear(afterPlan, kind)],
      })),
    }),
  };
}
