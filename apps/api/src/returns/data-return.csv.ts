import type { CsvExport } from '../programme/csv/csv-export';
import { type CsvValue, toCsv } from '../programme/csv/csv';
import type { DataReturn, PublishedMoney } from './data-return.service';

type Row = [section: string, group: string, measure: string, value: CsvValue];

/** Suppressed counts read "<5", as in published NHS statistics; a sum hidden with its count is empty. */
const shown = (count: number | null) => count ?? '<5';

const moneyRows = (section: string, group: string, { people, totalPence }: PublishedMoney): Row[] => [
  [section, group, 'people', shown(people)],
  [section, group, 'total-pence', totalPence],
];

/** The return as one long table (a row per figure), like the throughput figures' CSV. */
function returnRows(report: DataReturn): Row[] {
  const { people, personalBudgets, carers, reviews, outcomeMeasures } = report;
  return [
    ['quarter', '', 'name', report.quarter],
    ['quarter', '', 'from', report.period.from],
    ['quarter', '', 'to', report.period.to],
    ['quarter', '', 'recorded-before', report.recordedBefore],
    ['people', '', 'identified', shown(people.identified)],
    ['people', '', 'with-plan', shown(people.withPlan)],
    ['people', '', 'with-personal-budget', shown(people.withPersonalBudget)],
    ...personalBudgets.byDeployment.flatMap(({ deployment, ...money }) =>
      moneyRows('budgets-by-deployment', deployment, money),
    ),
    ...personalBudgets.byFundingStream.flatMap(({ fundingStream, ...money }) =>
      moneyRows('budgets-by-funding-stream', fundingStream, money),
    ),
    ['carers', '', 'identified', shown(carers.identified)],
    ['carers', '', 'assessed', shown(carers.assessed)],
    ['reviews', '', 'held', shown(reviews.held)],
    ['reviews', '', 'on-time', shown(reviews.onTime)],
    ['reviews', '', 'late', shown(reviews.late)],
    ['activation', '', 'measures', shown(outcomeMeasures.activation.measures)],
    ['activation', '', 'people', shown(outcomeMeasures.activation.people)],
    ...outcomeMeasures.qualityOfLife.flatMap(({ instrument, measures, people: measured }): Row[] => [
      ['quality-of-life', instrument, 'measures', shown(measures)],
      ['quality-of-life', instrument, 'people', shown(measured)],
    ]),
  ];
}

export const dataReturnCsv: CsvExport<DataReturn> = {
  filename: ({ siteId, quarter }) => `data-return-${siteId}-${quarter}.csv`,
  render: (report) => toCsv(['section', 'group', 'measure', 'value'], returnRows(report)),
};
