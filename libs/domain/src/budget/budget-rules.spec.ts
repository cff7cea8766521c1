import { assertBudgetRules, type BudgetContext, type BudgetProposal } from './budget-rules';

/** The README's worked example: a plan costing £9,680.50, an ISR of £9,680.50 with a £1,200 contribution. */
const context: BudgetContext = {
  planCostPence: 968_050,
  indicativeTotalPence: 968_050,
  indicativeFundersPence: 848_050,
};
const proposal = (overrides: Partial<BudgetProposal> = {}): BudgetProposal => ({
  totalPence: 968_050,
  byFunder: { nhs: 600_000, socialCare: 248_050, education: 0 },
  contributionPence: 120_000,
  parts: [
    {
      partId: 'p1',
      deployment: 'notional',
      amountPence: 968_050,
      holder: null,
      directPayment: null,
      withdrawnOn: null,
    },
  ],
  approvedBy: null,
  varianceThresholdBasisPoints: 1000,
  contributionInTotal: true,
  ...overrides,
});
const fieldOf = (attempt: () => void) => {
  try {
    attempt();
  } catch (error) {
    return (error as { field: string }).field;
  }
  return 'accepted';
};

describe(assertBudgetRules.name, () => {
  it("should accept the funders' shares and the contribution making the total, which is the plan's cost", () => {
    expect(fieldOf(() => assertBudgetRules(proposal(), context))).toBe('accepted');
  });

  it("should refuse funders' shares that make the total without the contribution", () => {
    const withoutContribution = proposal({ byFunder: { nhs: 720_000, socialCare: 248_050, education: 0 } });
    expect(() => assertBudgetRules(withoutContribution, context)).toThrow(
      'fundingStreams: add up to 968050 pence with the contribution of 120000, not the total of 968050',
    );
  });

  it("should refuse a total other than the plan's cost, above as below", () => {
    const parts = (amountPence: number) => [{ ...proposal().parts[0], amountPence }];
    const above = { totalPence: 1_000_000, byFunder: { nhs: 631_950, socialCare: 248_050, education: 0 } };
    const below = { totalPence: 900_000, byFunder: { nhs: 531_950, socialCare: 248_050, education: 0 } };
    expect(() => assertBudgetRules(proposal({ ...above, parts: parts(1_000_000) }), context)).toThrow(
      "totalPence: must equal the plan's cost of 968050 pence",
    );
    expect(fieldOf(() => assertBudgetRules(proposal({ ...below, parts: parts(900_000) }), context))).toBe('totalPence');
  });

  it('should compare what the funders pay with what the ISR said they would, the contribution on neither side', () => {
    // No contribution after all: the funders pay 968,050p, 14.2% more than 848,050p.
    const noContribution = proposal({
      byFunder: { nhs: 720_000, socialCare: 248_050, education: 0 },
      contributionPence: 0,
    });
    expect(fieldOf(() => assertBudgetRules(noContribution, context))).toBe('approvedBy');
    expect(fieldOf(() => assertBudgetRules({ ...noContribution, approvedBy: 'approver-a' }, context))).toBe('accepted');
    // An ISR from before the total held the contribution: its total is what the funders pay.
    const earlierIsr = { ...context, indicativeTotalPence: 848_050, indicativeFundersPence: 848_050 };
    expect(fieldOf(() => assertBudgetRules(proposal(), earlierIsr))).toBe('accepted');
  });

  it('should keep the rules of a budget set before the contribution was part of the total', () => {
    const earlier = proposal({
      contributionInTotal: undefined,
      totalPence: 1_000_000,
      byFunder: { nhs: 751_950, socialCare: 248_050, education: 0 },
      parts: [{ ...proposal().parts[0], amountPence: 1_000_000 }],
    });
    expect(fieldOf(() => assertBudgetRules(earlier, { ...context, indicativeTotalPence: 1_000_000 }))).toBe('accepted');
  });
});
