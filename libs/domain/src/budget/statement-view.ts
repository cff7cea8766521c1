import type { DeploymentOption, FunderAmounts } from './funding';
import type { StatementExplanation } from './individual-statement';

/**
 * What a statement says, ready to render: the Individual Statement of Resources (`indicative`) and
 * the annual statement (`annual`) share one shape. Money is integer pence; dates are YYYY-MM-DD.
 * Free text (descriptions, providers, services, holders) is shown as given and escaped on output.
 */
export interface StatementView {
  kind: 'indicative' | 'annual';
  participantId: string;
  issuedOn: string;
  /** Annual statements: the statement year, start inclusive and end exclusive (the statement date). */
  period?: StatementPeriod | null;
  /** A cohort code (`multiple-long-term-conditions`...); shown by its name. */
  cohort: string;
  /** `low` | `moderate` | `high` | `very-high`, where known. */
  needBand?: string | null;
  budget: StatementBudget;
  /** Annual statements of a person who declined a personal budget: the budget is what their ISR indicates. */
  budgetDeclined?: boolean | null;
  /** Annual statements: what was spent and used against each plan item over the period. */
  spend?: StatementSpend | null;
  communityServices: string[];
  /** Annual statements: next year's indicative figure, when the site's reference costs give one. */
  nextYearIndicativePence?: number | null;
  /** How each figure was worked out (the ISR shows its working). */
  explanation?: StatementExplanation[] | null;
}

export interface StatementPeriod {
  start: string;
  end: string;
}

export interface StatementBudget {
  /** The indicative total on an ISR; the final budget on an annual statement. */
  totalPence: number;
  byFunder: FunderAmounts;
  /** The person's assessed contribution to social care. */
  contributionPence: number;
  /** ISR: how much of the total can be taken as a personal budget. */
  personalBudgetSharePence?: number | null;
  parts?: StatementBudgetPart[] | null;
}

export interface StatementBudgetPart {
  deployment: DeploymentOption;
  amountPence: number;
  /** Who holds the money (`participant` | `carer` | `organisation`, and who); none for a notional budget. */
  holder?: { type: string; reference: string } | null;
}

export interface StatementSpend {
  byItem: StatementItemSpend[];
  totalSpentPence: number;
  underspendPence: number;
  overspendPence: number;
}

export interface StatementItemSpend {
  planItemId: string;
  description: string;
  provider: string;
  /** The item's annual cost in the plan. */
  budgetPence: number;
  spentPence: number;
  /** How many service-use records the spend includes. */
  serviceUseCount?: number | null;
  /** A note on the difference, e.g. why an item was under- or overspent. */
  varianceAnnotation?: string | null;
}
