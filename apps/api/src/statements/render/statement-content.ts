import { formatPence } from './money';
import {
  capitalise,
  cohortName,
  dayBefore,
  deploymentName,
  explanationInput,
  formatDate,
  holderText,
  humanise,
} from './statement-text';
import type { StatementSpend, StatementView } from './statement-view';

/** A label and its value; `total` rows are emphasised. */
export interface FigureRow {
  label: string;
  value: string;
  total?: boolean;
}

export type StatementBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'figures'; rows: FigureRow[] }
  | { type: 'list'; items: string[] }
  | { type: 'subheading'; text: string }
  /** One record per row; `numeric` marks the columns holding money. */
  | { type: 'table'; caption: string; columns: string[]; numeric: boolean[]; rows: string[][] };

export interface StatementSection {
  heading: string;
  blocks: StatementBlock[];
}

/** The statement's words and figures, laid out once for every output format. */
export interface StatementDocument {
  title: string;
  intro: string;
  sections: StatementSection[];
}

export function statementContent(view: StatementView): StatementDocument {
  const annual = view.kind === 'annual';
  const sections = [
    aboutSection(view),
    budgetSection(view),
    partsSection(view),
    view.spend ? spendSection(view.spend, view.budget.totalPence) : undefined,
    nextYearSection(view),
    communitySection(view),
    explanationSection(view),
  ].filter((section): section is StatementSection => section !== undefined);
  return {
    title: annual ? 'Annual statement of your personal budget' : 'Individual Statement of Resources',
    intro: annual
      ? 'Your personal budget for the year, and what was spent and used against each part of your care and ' +
        'support plan. It helps you and your care team plan the year ahead.'
      : 'An early, indicative amount for your personal budget, worked out from what is usually spent on ' +
        'support for people with needs like yours. It is not an entitlement: your final budget is the cost of ' +
        'your agreed care and support plan, and may be higher or lower.',
    sections,
  };
}

function aboutSection(view: StatementView): StatementSection {
  const rows: FigureRow[] = [
    { label: 'Reference', value: view.participantId },
    { label: 'Issued on', value: formatDate(view.issuedOn) },
  ];
  if (view.period) {
    rows.push({
      label: 'Period',
      value: `${formatDate(view.period.start)} to ${formatDate(dayBefore(view.period.end))}`,
    });
  }
  rows.push({ label: 'Group', value: cohortName(view.cohort) });
  if (view.needBand) rows.push({ label: 'Level of need', value: humanise(view.needBand) });
  return { heading: 'About this statement', blocks: [{ type: 'figures', rows }] };
}

function budgetSection({ kind, budget, budgetDeclined }: StatementView): StatementSection {
  // A person who declined a personal budget is told the resources their ISR indicates.
  const indicative = kind === 'indicative' || Boolean(budgetDeclined);
  const rows: FigureRow[] = [
    { label: 'NHS (personal health budget)', value: formatPence(budget.byFunder.nhs) },
    { label: 'Social care, after your contribution', value: formatPence(budget.byFunder.socialCare) },
    { label: 'Education', value: formatPence(budget.byFunder.education) },
    // The contribution is part of the budget: the rows above it add up to the total.
    { label: 'Your contribution to social care', value: formatPence(budget.contributionPence) },
    {
      label: indicative ? 'Indicative total' : 'Total budget',
      value: formatPence(budget.totalPence),
      total: true,
    },
  ];
  if (budget.personalBudgetSharePence !== undefined && budget.personalBudgetSharePence !== null) {
    rows.push({
      label: 'Can be taken as a personal budget',
      value: formatPence(budget.personalBudgetSharePence),
      total: true,
    });
  }
  return {
    heading: indicative ? 'Your indicative budget' : 'Your budget',
    blocks: [{ type: 'figures', rows }],
  };
}

function partsSection({ budget }: StatementView): StatementSection | undefined {
  if (!budget.parts?.length) return undefined;
  return {
    heading: 'How your budget is paid',
    blocks: [
      {
        type: 'table',
        caption: 'Each part of your budget and who holds it',
        columns: ['Part', 'Amount', 'Held by'],
        numeric: [false, true, false],
        rows: budget.parts.map((part) => [
          deploymentName(part.deployment),
          formatPence(part.amountPence),
          holderText(part),
        ]),
      },
    ],
  };
}

function spendSection(spend: StatementSpend, budgetPence: number): StatementSection {
  const totals: FigureRow[] = [
    { label: 'Total budget', value: formatPence(budgetPence) },
    { label: 'Total spent', value: formatPence(spend.totalSpentPence), total: true },
  ];
  if (spend.underspendPence > 0) totals.push({ label: 'Underspend', value: formatPence(spend.underspendPence) });
  if (spend.overspendPence > 0) totals.push({ label: 'Overspend', value: formatPence(spend.overspendPence) });
  if (spend.underspendPence === 0 && spend.overspendPence === 0) {
    totals.push({ label: 'Difference', value: formatPence(0) });
  }
  const items: StatementBlock = spend.byItem.length
    ? {
        type: 'table',
        caption: 'Spending and service use against each item of your plan',
        columns: ['Support', 'Provider', 'Budget', 'Spent', 'Notes'],
        numeric: [false, false, true, true, false],
        rows: spend.byItem.map((item) => [
          item.description,
          item.provider,
          formatPence(item.budgetPence),
          formatPence(item.spentPence),
          itemNotes(item.serviceUseCount, item.varianceAnnotation),
        ]),
      }
    : { type: 'paragraph', text: 'Your plan had no items to spend against in this period.' };
  return { heading: 'What was spent and used', blocks: [items, { type: 'figures', rows: totals }] };
}

function itemNotes(serviceUseCount: number | null | undefined, annotation: string | null | undefined): string {
  const notes = [];
  if (serviceUseCount) notes.push(`Service used ${serviceUseCount} ${serviceUseCount === 1 ? 'time' : 'times'}`);
  if (annotation) notes.push(annotation);
  return notes.join('. ');
}

function nextYearSection(view: StatementView): StatementSection | undefined {
  if (view.nextYearIndicativePence === undefined || view.nextYearIndicativePence === null) return undefined;
  return {
    heading: 'Next year',
    blocks: [
      {
        type: 'figures',
        rows: [
          { label: 'Indicative budget for next year', value: formatPence(view.nextYearIndicativePence), total: true },
        ],
      },
      {
        type: 'paragraph',
        text: 'This is an indication, not an entitlement. Your budget for next year is set when your plan is reviewed.',
      },
    ],
  };
}

function communitySection(view: StatementView): StatementSection {
  return {
    heading: 'Community and universal services you can use',
    blocks: view.communityServices.length
      ? [{ type: 'list', items: view.communityServices }]
      : [{ type: 'paragraph', text: 'Ask your care coordinator about services near you.' }],
  };
}

function explanationSection(view: StatementView): StatementSection | undefined {
  if (!view.explanation?.length) return undefined;
  return {
    heading: 'How the figures were worked out',
    blocks: view.explanation.flatMap((entry): StatementBlock[] => [
      { type: 'subheading', text: capitalise(entry.figure) },
      { type: 'paragraph', text: capitalise(entry.rule) },
      {
        type: 'figures',
        rows: Object.entries(entry.inputs).map(([key, value]) => explanationInput(key, value)),
      },
    ]),
  };
}
