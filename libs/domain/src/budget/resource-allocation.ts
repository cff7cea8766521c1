import type { Cohort } from '../cohorts';
import type { FunderAmounts, NeedBand, StatementCycle } from './funding';

/** A site's reference annual cost for people of one profile, split by funder. */
export interface ReferenceCost {
  cohort: Cohort;
  needBand: NeedBand;
  annualPence: FunderAmounts;
}

/** How a site turns a person's profile into an indicative budget; set by an administrator. */
export interface ResourceAllocation {
  referenceCosts: ReferenceCost[];
  /** Of each funder's amount, the share that can be taken as a personal budget (basis points). */
  personalBudgetShareBasisPoints: FunderAmounts;
  communityServices: string[];
  /** A final budget further than this from the indicative one needs a recorded approval. */
  varianceThresholdBasisPoints: number;
  statementCycle: StatementCycle;
}
