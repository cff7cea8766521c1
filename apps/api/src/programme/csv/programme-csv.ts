import type { CsvExport } from './csv-export';
import { type CsvValue, toCsv } from './csv';
import type { EqualityReport, ProjectionReport, ThroughputReport } from '../programme-figures.service';

/**
 * Each report as one long table (a row per figure), which sorts, filters and pivots in any
 * spreadsheet and keeps its columns when a stage or a characteristic is added.
 */
type Row = [section: string, group: string, subgroup: string, measure: string, value: CsvValue];

function throughputRows(report: ThroughputReport): Row[] {
  const { period, budgets, reviews } = report;
  return [
    ['period', '', '', 'from', period.from],
    ['period', '', '', 'to', period.to],
    ['period', '', '', 'as-of', period.asOf],
    ...report.peopleNow.map(({ stage, people }): Row => ['people-now', stage, '', 'people', people]),
    ['people-now', 'all', '', 'people', report.peopleNowTotal],
    ['moves', 'referred', '', 'referrals', report.moves.referrals],
    ...report.moves.between.map(({ from, to, moves }): Row => ['moves', from, to, 'moves', moves]),
    ['moves', 'all', '', 'moves', report.moves.total],
    ...report.conversion.flatMap(({ stage, entered, movedOn, closed, stillThere, rate, nextStages }): Row[] => [
      ['conversion', stage, '', 'entered', entered],
      ['conversion', stage, '', 'moved-on', movedOn],
      ['conversion', stage, '', 'closed', closed],
      ['conversion', stage, '', 'still-there', stillThere],
      ['conversion', stage, '', 'rate', rate],
      ...nextStages.map(({ stage: next, stays }): Row => ['conversion', stage, next, 'stays', stays]),
    ]),
    ...report.timeInStage.flatMap(({ stage, stays, finished, stillThere, medianDays, p90Days }): Row[] => [
      ['time-in-stage', stage, '', 'stays', stays],
      ['time-in-stage', stage, '', 'finished', finished],
      ['time-in-stage', stage, '', 'still-there', stillThere],
      ['time-in-stage', stage, '', 'median-days', medianDays],
      ['time-in-stage', stage, '', 'p90-days', p90Days],
    ]),
    ['reviews', '', '', 'available', reviews.available],
    ['reviews', '', '', 'on-time', reviews.onTime],
    ['reviews', '', '', 'late', reviews.late],
    ['reviews', '', '', 'overdue', reviews.overdue],
    ['budgets', '', '', 'available', budgets.available],
    ...budgets.byFunder.flatMap(({ funder, budgets: count, totalPence }): Row[] => [
      ['budgets-by-funder', funder, '', 'budgets', count],
      ['budgets-by-funder', funder, '', 'total-pence', totalPence],
    ]),
    ...budgets.byDeployment.flatMap(({ deployment, parts, totalPence }): Row[] => [
      ['budgets-by-deployment', deployment, '', 'parts', parts],
      ['budgets-by-deployment', deployment, '', 'total-pence', totalPence],
    ]),
    ...Object.entries(budgets.indicativeAgainstFinal).map(([measure, value]): Row => [
      'indicative-against-final',
      '',
      '',
      kebab(measure),
      value,
    ]),
  ];
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

export const throughputCsv: CsvExport<ThroughputReport> = {
  filename: ({ siteId, period }) => `throughput-${siteId}-${period.from}-${period.to}.csv`,
  render: (report) => toCsv(['section', 'group', 'subgroup', 'measure', 'value'], throughputRows(report)),
};

export const projectionCsv: CsvExport<ProjectionReport> = {
  filename: ({ siteId, asOf }) => `projection-${siteId}-${asOf}.csv`,
  render: (report) =>
    toCsv(
      ['cohort', 'measure', 'available', 'actual', 'actual_per_1000', 'expected_per_1000', 'expected', 'population'],
      [
        ...report.measures.map((figure) => [
          'all',
          figure.measure,
          figure.available,
          figure.actual,
          figure.actualPer1000,
          figure.expectedPer1000,
          figure.expected,
          report.population,
        ]),
        ...report.byCohort.flatMap(({ cohort, measures }) =>
          measures.map((figure) => [
            cohort,
            figure.measure,
            figure.available,
            figure.actual,
            figure.actualPer1000,
            null,
            null,
            report.population,
          ]),
        ),
      ],
    ),
};

/** Suppressed counts read "<5" in the CSV, as in published NHS statistics. */
export const shown = (people: number | null) => people ?? '<5';

export const equalityCsv: CsvExport<EqualityReport> = {
  filename: ({ siteId, asOf }) => `equality-${siteId}-${asOf}.csv`,
  render: (report) =>
    toCsv(
      ['stage', 'characteristic', 'group', 'people', 'of_referred'],
      report.stages.flatMap(({ stage, people, dimensions }) => [
        [stage, 'all', 'all', shown(people), null],
        ...dimensions.flatMap(({ dimension, groups }) =>
          groups.map((group) => [stage, dimension, group.value, shown(group.people), group.ofReferred]),
        ),
      ]),
    ),
};
