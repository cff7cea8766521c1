import type { CsvExport } from '../programme/csv/csv-export';
import { type CsvValue, toCsv } from '../programme/csv/csv';
import type { EvaluationExtract, EvaluationRow, MeasuresSummary } from './evaluation-extract.service';

const PERSON_COLUMNS = [
  'pseudonym',
  'cohort',
  'stage',
  'birth_month',
  'referred_month',
  'identified_month',
  'plan_agreed_month',
  'closed_month',
  'postcode_district',
  'study_arm',
  'budget_total_pence',
  'budget_nhs_pence',
  'budget_social_care_pence',
  'budget_education_pence',
  'budget_contribution_pence',
  'budget_indicative_total_pence',
];
const summaryColumns = (prefix: string) =>
  ['measures', 'first_score', 'first_month', 'latest_score', 'latest_month'].map((name) => `${prefix}_${name}`);

const summaryValues = (summary: MeasuresSummary | undefined): CsvValue[] => [
  summary?.measures ?? 0,
  summary?.first?.score ?? null,
  summary?.first?.month ?? null,
  summary?.latest?.score ?? null,
  summary?.latest?.month ?? null,
];

function personValues(row: EvaluationRow): CsvValue[] {
  const { budget } = row;
  return [
    row.pseudonym,
    row.cohort,
    row.stage,
    row.birthMonth,
    row.referredMonth,
    row.identifiedMonth,
    row.planAgreedMonth,
    row.closedMonth,
    row.postcodeDistrict,
    row.studyArm,
    budget?.totalPence ?? null,
    budget?.nhsPence ?? null,
    budget?.socialCarePence ?? null,
    budget?.educationPence ?? null,
    budget?.contributionPence ?? null,
    budget?.indicativeTotalPence ?? null,
  ];
}

/**
 * One row per person; activation's columns, then five for each quality-of-life instrument anyone
 * in the extract was measured with (`quality_of_life_<instrument>_...`, instruments in name order).
 */
function render(extract: EvaluationExtract): string {
  const instruments = [
    ...new Set(extract.items.flatMap((row) => row.qualityOfLife.map((qol) => qol.instrument))),
  ].sort();
  const header = [
    ...PERSON_COLUMNS,
    ...summaryColumns('activation'),
    ...instruments.flatMap((instrument) => summaryColumns(`quality_of_life_${instrument}`)),
  ];
  const rows = extract.items.map((row) => [
    ...personValues(row),
    ...summaryValues(row.activation),
    ...instruments.flatMap((instrument) =>
      summaryValues(row.qualityOfLife.find((qol) => qol.instrument === instrument)),
    ),
  ]);
  return toCsv(header, rows);
}

export const evaluationExtractCsv: CsvExport<EvaluationExtract> = {
  filename: ({ siteId }) => `evaluation-extract-${siteId}.csv`,
  render,
};
