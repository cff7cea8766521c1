import type { StatementSpend, StatementView } from './statement-view';

/** Statements for the renderers' specs: valid by default; override any part to test a case. */
export function annualStatement(overrides: Partial<StatementView> = {}): StatementView {
  return {
    kind: 'annual',
    participantId: '6f1c2a9e-4b7d-4c1e-9a55-0d3e8b2f7a10',
    issuedOn: '2027-04-01',
    period: { start: '2026-04-01', end: '2027-04-01' },
    cohort: 'multiple-long-term-conditions',
    needBand: 'high',
    budget: {
      totalPence: 1_234_56,
      byFunder: { nhs: 80_000, socialCare: 33_456, education: 10_000 },
      contributionPence: 5_00,
      parts: [
        { deployment: 'direct-payment', amountPence: 100_000, holder: { type: 'carer', reference: 'Ann Example' } },
        { deployment: 'notional', amountPence: 23_456, holder: null },
      ],
    },
    spend: annualSpend(),
    communityServices: ['Tuesday walking group', 'Carers’ café at the library'],
    nextYearIndicativePence: 130_000,
    ...overrides,
  };
}

export function indicativeStatement(overrides: Partial<StatementView> = {}): StatementView {
  return {
    kind: 'indicative',
    participantId: '6f1c2a9e-4b7d-4c1e-9a55-0d3e8b2f7a10',
    issuedOn: '2026-10-15',
    cohort: 'learning-disability-autism',
    needBand: 'very-high',
    budget: {
      totalPence: 2_500_000_00,
      byFunder: { nhs: 1_500_000_00, socialCare: 900_000_00, education: 100_000_00 },
      contributionPence: 12_345,
      personalBudgetSharePence: 1_875_000_00,
    },
    communityServices: ['Library', 'Leisure centre'],
    explanation: [
      {
        figure: 'indicative total',
        rule: 'NHS + social care (after contribution) + education',
        inputs: { 'nhs.pence': 1_500_000_00, 'socialCare.pence': 900_000_00, indicativeTotalPence: 2_500_000_00 },
      },
      {
        figure: 'personal budget share',
        rule: 'of each funder’s amount, the share the site allows as a personal budget',
        inputs: { 'nhs.shareBasisPoints': 7_500, cohort: 'learning-disability-autism' },
      },
    ],
    ...overrides,
  };
}

/** What was spent in the annual statement's year: an underspend of £46.91. */
export function annualSpend(overrides: Partial<StatementSpend> = {}): StatementSpend {
  return {
    byItem: [
      {
        planItemId: '0b8d6c1e-2f3a-4e5b-8c7d-9e0f1a2b3c4d',
        description: 'Personal assistant, 6 hours a week',
        provider: 'Riverside PA Co-op',
        budgetPence: 100_000,
        spentPence: 98_765,
        serviceUseCount: 0,
        varianceAnnotation: 'Two weeks in hospital in March',
      },
      {
        planItemId: '1c9e7d2f-3a4b-4f6c-9d8e-0f1a2b3c4d5e',
        description: 'Gym membership',
        provider: 'Leisure Trust',
        budgetPence: 23_456,
        spentPence: 20_000,
        serviceUseCount: 12,
      },
    ],
    totalSpentPence: 118_765,
    underspendPence: 4_691,
    overspendPence: 0,
    ...overrides,
  };
}
