import type { PersonalBudget } from '../budget';
import { type JourneyState, startJourney } from './journey-state';
import type { JourneyStepName } from './stages';
import { StepRuleError } from './step-errors';
import type { AnyJourneyStep, StepPayloads } from './steps';
import { allowedSteps, applyStep, assertStepAccepted } from './transitions';

let requests = 0;
function step<N extends JourneyStepName>(name: N, payload: StepPayloads[N], effectiveDate = '2026-03-01') {
  requests += 1;
  const actor = { staffId: 's1', teamId: 'team-a' };
  return { name, payload, effectiveDate, requestId: `request-${requests}`, actor } as AnyJourneyStep;
}
const plan = (...costs: number[]) =>
  step('care-plan', {
    coordinatorId: 'cc1',
    items: costs.map((annualCostPence, i) => ({ itemId: `item-${requests}-${i}`, annualCostPence })),
  });
const agreement = (planVersion: number) => step('care-plan-agreement', { planVersion });
const review = (outcome: 'continue' | 'revise') =>
  step('review', { outcome, attendeeCount: 2, carersAttended: 0, closureReason: null });

const budget = (totalPence: number): PersonalBudget => ({
  version: 1,
  startDate: '2026-02-01',
  totalPence,
  byFunder: { nhs: totalPence, socialCare: 0, education: 0 },
  contributionPence: 0,
  parts: [
    {
      partId: 'p1',
      deployment: 'notional',
      amountPence: totalPence,
      holder: null,
      directPayment: null,
      withdrawnOn: null,
    },
  ],
  approvedBy: null,
  statementCycle: 'budget-anniversary',
  nextStatementOn: '2027-02-01',
  statementYearStart: '2026-02-01',
});

const budgetRevision = (totalPence: number) =>
  step('budget', {
    ...budget(totalPence),
    approvedBy: 'lead-1',
    varianceThresholdBasisPoints: 1000,
    revisionReasonGiven: true,
  });

/** In delivery with plan version 1 (£6,000 a year) agreed on 2026-02-01 and a £6,000 budget. */
function delivering(): JourneyState {
  const referred = startJourney({
    participantId: '3f0c2a4e-8f5b-4d55-9d7a-1c1f6c1e2a10',
    siteId: 'site-a',
    teamId: 'team-a',
    cohort: 'multiple-long-term-conditions',
    referredOn: '2026-01-05',
  });
  const planning: JourneyState = { ...referred, stage: 'planning' };
  const agreed = applyStep(applyStep(planning, plan(600_000)), agreement(1));
  return {
    ...agreed,
    stage: 'delivery',
    indicativeBudget: { version: 1, needBand: 'high', indicativeTotalPence: 600_000, issuedOn: '2026-02-01' },
    budget: budget(600_000),
  };
}

describe('a plan revised once agreed', () => {
  it('should keep the agreed plan in force beside the draft, reviews included, until the draft is agreed', () => {
    const drafted = applyStep(delivering(), plan(400_000, 100_000));
    expect(drafted.stage).toBe('delivery');
    expect(drafted.carePlan).toMatchObject({ version: 1, totalAnnualCostPence: 600_000, agreedOn: '2026-03-01' });
    expect(drafted.draftCarePlan).toMatchObject({ version: 2, totalAnnualCostPence: 500_000, agreedOn: null });
    expect(allowedSteps(drafted)).toEqual(expect.arrayContaining(['review', 'review-request', 'care-plan-agreement']));
    expect(drafted.reviews.nextDueOn).toBe(delivering().reviews.nextDueOn);

    const redrafted = applyStep(drafted, plan(550_000));
    expect(redrafted.draftCarePlan).toMatchObject({ version: 3, totalAnnualCostPence: 550_000 });
    expect(() => applyStep(redrafted, agreement(2))).toThrow('the current version is 3');

    const agreed = applyStep(redrafted, agreement(3));
    expect(agreed.carePlan).toMatchObject({ version: 3, totalAnnualCostPence: 550_000, agreedOn: '2026-03-01' });
    expect(agreed.draftCarePlan).toBeNull();
    expect(allowedSteps(agreed)).not.toContain('care-plan-agreement');
  });

  it('should replace the agreed plan under the rules journeys recorded before it stayed in force', () => {
    const replaced = applyStep(delivering(), plan(500_000), { draftBesideAgreedPlan: false });
    expect(replaced.carePlan).toMatchObject({ version: 2, agreedOn: null });
    expect(replaced.draftCarePlan).toBeNull();
  });

  it('should refuse agreement of a plan dearer than the budget, naming the shortfall in pounds', () => {
    const dearer = applyStep(delivering(), plan(600_000, 12_345));
    const refusal = () => assertStepAccepted(dearer, agreement(2));
    expect(refusal).toThrow(StepRuleError);
    expect(refusal).toThrow(
      'planVersion: version 2 costs £6,123.45 a year, £123.45 more than the personal budget of £6,000.00: revise the budget first',
    );
    // Once the budget is revised to cover it, the plan is agreed.
    const covered = applyStep(dearer, budgetRevision(612_345));
    expect(() => assertStepAccepted(covered, agreement(2))).not.toThrow();
    expect(applyStep(covered, agreement(2)).carePlan).toMatchObject({ version: 2, totalAnnualCostPence: 612_345 });
  });

  it('should let the budget be revised while a plan is revised at review, staying in planning', () => {
    const revising = applyStep(applyStep(delivering(), review('revise')), plan(700_000));
    expect(revising.stage).toBe('planning');
    expect(() => assertStepAccepted(revising, agreement(2))).toThrow('£1,000.00 more than the personal budget');
    expect(allowedSteps(revising)).toContain('budget');
    const revised = applyStep(revising, budgetRevision(700_000));
    expect(revised).toMatchObject({ stage: 'planning', budget: { version: 2, totalPence: 700_000 } });
    expect(applyStep(revised, agreement(2)).stage).toBe('delivery');
  });

  it('should allow no budget in planning before one is set', () => {
    expect(allowedSteps({ ...delivering(), budget: null, stage: 'planning' })).not.toContain('budget');
  });
});
