/** Who pays for a personal budget: NHS (a personal health budget), social care, education (EHC plan). */
export const FUNDERS = ['nhs', 'socialCare', 'education'] as const;
export type Funder = (typeof FUNDERS)[number];
/** Integer pence per funder. */
export type FunderAmounts = Record<Funder, number>;

export const DEPLOYMENT_OPTIONS = ['direct-payment', 'third-party', 'individual-service-fund', 'notional'] as const;
export type DeploymentOption = (typeof DEPLOYMENT_OPTIONS)[number];

export const NEED_BANDS = ['low', 'moderate', 'high', 'very-high'] as const;
export type NeedBand = (typeof NEED_BANDS)[number];

export const STATEMENT_CYCLES = ['budget-anniversary', 'financial-year'] as const;
export type StatementCycle = (typeof STATEMENT_CYCLES)[number];

export const BASIS_POINTS = 10_000;

/**
 * The largest amount any one figure may hold (a budget, a part, a funder's share, a plan item's or
 * reference cost, a contribution, a spend record): £10,000,000, well above the largest plausible
 * annual personal budget, so a typo in pounds-for-pence is refused rather than recorded.
 */
export const MAX_AMOUNT_PENCE = 1_000_000_000;

/**
 * What one person's spend records may add up to over their whole journey: a century of the
 * largest budget. It keeps every total exact in a JavaScript number, so no read can fail on it.
 */
export const MAX_RECORDED_SPEND_PENCE = 100 * MAX_AMOUNT_PENCE;

export function sumFunders(amounts: FunderAmounts): number {
  return FUNDERS.reduce((total, funder) => total + amounts[funder], 0);
}

/** A share of an amount in basis points, rounded down to the penny (never creates money). */
export function shareOf(amountPence: number, basisPoints: number): number {
  return Math.floor((amountPence * basisPoints) / BASIS_POINTS);
}

export function isPence(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}
