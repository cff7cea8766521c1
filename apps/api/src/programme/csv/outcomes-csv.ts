import type { CsvExport } from './csv-export';
import { type CsvValue, toCsv } from './csv';
import type { OutcomesReport } from '../outcomes/programme-outcomes.service';
import { shown } from './programme-csv';

/** One row per figure, as the throughput CSV: section, group, subgroup, measure, value. */
type Row = [section: string, group: string, subgroup: string, measure: string, value: CsvValue];

function outcomeRows(report: OutcomesReport): Row[] {
  const { period, crises } = report;
  const phaseRows = (name: string, phase: typeof crises.beforePlan): Row[] => [
    ['crises', name, '', 'people', shown(phase.people)],
    ['crises', name, '', 'person-years', phase.personYears],
    ...phase.byKind.flatMap(({ kind, events, perPersonYear }): Row[] => [
      ['crises', name, kind, 'events', shown(events)],
      ['crises', name, kind, 'per-person-year', perPersonYear],
    ]),
  ];
  return [
    ['period', '', '', 'from', period.from],
    ['period', '', '', 'to', period.to],
    ['period', '', '', 'as-of', period.asOf],
    ...report.activation.flatMap(({ cohort, measured, people, meanChange }): Row[] => [
      ['activation', cohort, '', 'measured', measured],
      ['activation', cohort, '', 'people', shown(people)],
      ['activation', cohort, '', 'mean-change', meanChange],
    ]),
    ['outcome-ratings', 'all', '', 'outcomes', shown(report.outcomeRatings.outcomes)],
    ...report.outcomeRatings.byRating.map(({ rating, outcomes }): Row => [
      'outcome-ratings',
      rating,
      '',
      'outcomes',
      shown(outcomes),
    ]),
    ['outcome-ratings', 'achieved', '', 'share', report.outcomeRatings.achievedShare],
    ...report.qualityOfLife.flatMap(({ instrument, people, meanChange }): Row[] => [
      ['quality-of-life', instrument, '', 'people', shown(people)],
      ['quality-of-life', instrument, '', 'mean-change', meanChange],
    ]),
    ...phaseRows('before-plan', crises.beforePlan),
    ...phaseRows('after-plan', crises.afterPlan),
    ...report.budgetTakeUp.flatMap(({ stage, people, dimensions }): Row[] => [
      [stage, 'all', 'all', 'people', shown(people)],
      ...dimensions.flatMap(({ dimension, groups }) =>
        groups.flatMap(({ value, people: count, ofReferred }): Row[] => [
          [stage, dimension, value, 'people', shown(count)],
          [stage, dimension, value, 'of-referred', ofReferred],
        ]),
      ),
    ]),
    ...report.spendAgainstBudget.flatMap(
      ({ cohort, budgets, budgetTotalPence, spendTotalPence, spendRatio }): Row[] => [
        ['spend-against-budget', cohort, '', 'budgets', shown(budgets)],
        ['spend-against-budget', cohort, '', 'budget-total-pence', budgetTotalPence],
        ['spend-against-budget', cohort, '', 'spend-total-pence', spendTotalPence],
        ['spend-against-budget', cohort, '', 'spend-ratio', spendRatio],
      ],
    ),
  ];
}

export const outcomesCsv: CsvExport<OutcomesReport> = {
  filename: ({ siteId, period }) => `outcomes-${siteId}-${period.from}-${period.to}.csv`,
  render: (report) => toCsv(['section', 'group', 'subgroup', 'measure', 'value'], outcomeRows(report)),
};
