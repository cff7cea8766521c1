/** Site A's resource allocation in the tests, and budget request bodies that meet every rule. */
export const resourceAllocation = (overrides: Record<string, unknown> = {}) => ({
  referenceCosts: [
    {
      cohort: 'multiple-long-term-conditions',
      needBand: 'high',
      annualPence: { nhs: 600_000, socialCare: 368_050, education: 0 },
    },
    {
      cohort: 'multiple-long-term-conditions',
      needBand: 'moderate',
      annualPence: { nhs: 600_000, socialCare: 450_000, education: 0 },
    },
  ],
  personalBudgetShareBasisPoints: { nhs: 8000, socialCare: 10000, education: 5000 },
  communityServices: ['Tuesday walking group', 'Carers centre drop-in'],
  varianceThresholdBasisPoints: 1000,
  statementCycle: 'budget-anniversary',
  ...overrides,
});

/**
 * The plan's cost (968,050p, the steps factory's plan), matching the ISR for band `high` with a
 * 120,000p contribution: 600,000 NHS + 248,050 social care + the 120,000 contribution.
 */
export const budgetBody = (overrides: Record<string, unknown> = {}) => ({
  totalPence: 968_050,
  fundingStreams: { nhs: 600_000, socialCare: 248_050, education: 0 },
  contributionPence: 120_000,
  parts: [
    {
      deployment: 'direct-payment',
      amountPence: 500_000,
      holder: { type: 'participant', reference: 'self' },
      directPayment: { consentGivenOn: '2026-10-10', supportOffered: true },
    },
    {
      deployment: 'individual-service-fund',
      amountPence: 468_050,
      holder: { type: 'organisation', reference: 'Riverside ISF Ltd' },
    },
  ],
  effectiveDate: '2026-10-15',
  ...overrides,
});
