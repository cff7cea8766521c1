import type { DeploymentOption, FunderAmounts, NeedBand, StatementCycle } from './funding';

export const HOLDER_TYPES = ['participant', 'carer', 'organisation'] as const;
export type HolderType = (typeof HOLDER_TYPES)[number];

/** One part of a budget and how it is deployed; parts mix freely. */
export interface BudgetPart {
  partId: string;
  deployment: DeploymentOption;
  amountPence: number;
  holder: { type: HolderType; reference: string } | null;
  /** Direct payments only: the person's recorded consent and the direct payment support offered. */
  directPayment: { consentGivenOn: string; supportOffered: boolean } | null;
  /** A direct payment stopped when consent was withdrawn; from this date the part is notional. */
  withdrawnOn: string | null;
}

/** The indicative figure the ISR gave, kept on the journey to test the final budget against. */
export interface IndicativeBudget {
  version: number;
  needBand: NeedBand;
  /** The funders' shares and the person's contribution (the funders' alone in ISRs issued before). */
  indicativeTotalPence: number;
  /** What the funders pay of the total; absent in ISRs issued before the total held the contribution. */
  fundersPence?: number;
  issuedOn: string;
}

/** The final personal budget: the agreed plan costed bottom-up. */
export interface PersonalBudget {
  version: number;
  startDate: string;
  totalPence: number;
  byFunder: FunderAmounts;
  contributionPence: number;
  parts: BudgetPart[];
  approvedBy: string | null;
  statementCycle: StatementCycle;
  nextStatementOn: string;
  /** Where the current statement year began (the budget start, then each statement date). */
  statementYearStart: string;
}
