import type { IndividualStatement } from '../budget';
import { type JourneyState, startJourney } from './journey-state';
import type { JourneyStepName } from './stages';
import { IllegalStepError, StepRuleError } from './step-errors';
import type { AnyJourneyStep, StepPayloads } from './steps';
import { allowedSteps, applyStep } from './transitions';

const referral = {
  participantId: '3f0c2a4e-8f5b-4d55-9d7a-1c1f6c1e2a10',
  siteId: 'site-a',
  teamId: 'team-a',
  cohort: 'multiple-long-term-conditions' as const,
  referredOn: '2026-01-05',
};

let requests = 0;
function step<N extends JourneyStepName>(
  name: N,
  payload: StepPayloads[N],
  effectiveDate = '2026-02-01',
): AnyJourneyStep {
  requests += 1;
  return {
    name,
    payload,
    effectiveDate,
    requestId: `request-${requests}`,
    actor: { staffId: 's1', teamId: 'team-a' },
  } as AnyJourneyStep;
}

const identified = (consentToShare = true) => step('identification', { eligible: true, consentToShare });
const offer = step('offer', {
  informationFormat: 'easy-read',
  language: 'en',
  advocacy: 'accepted',
  communityConnectorId: 'c1',
});
const conversation = (outcome: 'care-planning' | 'community-connecting') =>
  step('guided-conversation', { outcome, peerSupport: ['group'], referralsMade: 1, carersIdentified: 1 });
const plan = (costs: number[]) =>
  step('care-plan', {
    coordinatorId: 'cc1',
    items: costs.map((annualCostPence, i) => ({ itemId: `item-${i}`, annualCostPence })),
  });

function walk(...steps: AnyJourneyStep[]): JourneyState {
  return steps.reduce((state, step) => applyStep(state, step), startJourney(referral));
}

describe(applyStep.name, () => {
  it('should carry a person from referral to an agreed plan', () => {
    const state = walk(
      identified(),
      offer,
      conversation('care-planning'),
      step('activation', { score: 60 }),
      plan([520000, 130050]),
      step('care-plan-agreement', { planVersion: 1 }),
    );
    expect(state.stage).toBe('plan-agreed');
    expect(state.sequence).toBe(6);
    expect(state.activation).toMatchObject({ score: 60, level: 3, planningSupport: 'supported-planning' });
    expect(state.carePlan).toMatchObject({ version: 1, totalAnnualCostPence: 650050, agreedOn: '2026-02-01' });
  });

  it('should allow reviews once support is being delivered, and send a revised plan back to planning', () => {
    const delivering = walk(
      identified(),
      offer,
      conversation('care-planning'),
      step('activation', { score: 60 }),
      plan([520000]),
      step('care-plan-agreement', { planVersion: 1 }),
      step('budget-decline', {}),
    );
    expect(delivering.stage).toBe('delivery');
    expect(allowedSteps(delivering)).toEqual(expect.arrayContaining(['review', 'review-request']));
    const review = { attendeeCount: 2, carersAttended: 1, closureReason: null };
    const continued = applyStep(delivering, step('review', { ...review, outcome: 'continue' }, '2026-05-01'));
    expect(continued).toMatchObject({ stage: 'delivery', reviews: { lastReviewOn: '2026-05-01' } });
    const revised = applyStep(continued, step('review', { ...review, outcome: 'revise' }, '2026-06-01'));
    expect(revised.stage).toBe('planning');
    const redrafted = applyStep(
      revised,
      step('care-plan', { coordinatorId: 'cc1', items: [{ itemId: 'item-0', annualCostPence: 520000 }] }, '2026-06-02'),
    );
    const reagreed = applyStep(redrafted, step('care-plan-agreement', { planVersion: 2 }, '2026-06-02'));
    expect(reagreed.stage).toBe('delivery');
  });

  it('should close the journey when the person is not eligible', () => {
    const state = walk(step('identification', { eligible: false, consentToShare: false }));
    expect(state.stage).toBe('closed');
    expect(state.closure).toEqual({ reason: 'not-eligible', closedOn: '2026-02-01' });
    expect(allowedSteps(state)).toEqual([]);
  });

  it('should hold the journey until consent to share is given', () => {
    const waiting = walk(identified(false));
    expect(waiting.stage).toBe('awaiting-consent');
    expect(allowedSteps(waiting)).toEqual(['identification', 'closure']);
    expect(applyStep(waiting, identified(true)).stage).toBe('identified');
  });

  it('should move to light-touch follow-up when needs are met in the community', () => {
    const state = walk(identified(), offer, conversation('community-connecting'));
    expect(state.stage).toBe('community-follow-up');
    expect(allowedSteps(state)).toEqual(['guided-conversation', 'follow-up', 'closure']);
  });

  it('should refuse a step the stage does not allow, naming the stage and the allowed steps', () => {
    const attempt = () => walk(step('activation', { score: 50 }));
    expect(attempt).toThrow(IllegalStepError);
    expect(attempt).toThrow(
      'activation is not allowed while the journey is referred; allowed now: identification, closure',
    );
  });

  it('should only allow agreement once a plan is drafted, and only of its current version', () => {
    const planning = walk(identified(), offer, conversation('care-planning'), step('activation', { score: 40 }));
    expect(allowedSteps(planning)).not.toContain('care-plan-agreement');
    const revised = walk(
      identified(),
      offer,
      conversation('care-planning'),
      step('activation', { score: 40 }),
      plan([100]),
      plan([200]),
    );
    expect(revised.carePlan?.version).toBe(2);
    expect(() => applyStep(revised, step('care-plan-agreement', { planVersion: 1 }))).toThrow(StepRuleError);
  });

  it('should refuse a step dated before the previous one', () => {
    const state = walk(identified());
    expect(() =>
      applyStep(
        state,
        step(
          'offer',
          { informationFormat: 'standard', language: 'en', advocacy: 'offered', communityConnectorId: 'c' },
          '2026-01-31',
        ),
      ),
    ).toThrow('effectiveDate: must not be before the previous step (2026-02-01)');
  });

  it('should refuse negative or fractional pence and out-of-range scores', () => {
    const planning = walk(identified(), offer, conversation('care-planning'), step('activation', { score: 40 }));
    expect(() => applyStep(planning, plan([100, -1]))).toThrow('supportItems[1].annualCostPence');
    expect(() => applyStep(planning, plan([10.5]))).toThrow(StepRuleError);
    expect(() => applyStep(planning, step('activation', { score: 100.5 }))).toThrow('score');
  });

  it('should go to planning without a score, with the reason and the support the coordinator chose', () => {
    const unmeasured = {
      score: null,
      notMeasuredReason: 'not-validated',
      planningSupport: 'supported-planning',
    } as const;
    const planning = walk(identified(), offer, conversation('care-planning'), step('activation', unmeasured));
    expect(planning.stage).toBe('planning');
    expect(planning.activation).toEqual({ ...unmeasured, level: null, measuredOn: '2026-02-01' });
    expect(() =>
      applyStep(planning, step('activation', { ...unmeasured, notMeasuredReason: 'forgot' as 'declined' })),
    ).toThrow('notMeasuredReason');
    expect(() =>
      applyStep(planning, step('activation', { ...unmeasured, planningSupport: 'none' as 'self-planning' })),
    ).toThrow('planningSupport');
  });

  it('should measure activation again in planning and at a review without moving the stage', () => {
    const agreed = walk(
      identified(),
      offer,
      conversation('care-planning'),
      step('activation', { score: 40 }),
      plan([100]),
      step('care-plan-agreement', { planVersion: 1 }),
    );
    const remeasured = applyStep(agreed, step('activation', { score: 70 }, '2026-08-01'));
    expect(remeasured).toMatchObject({
      stage: 'plan-agreed',
      activation: { score: 70, level: 4, planningSupport: 'self-planning', measuredOn: '2026-08-01' },
    });
  });

  it('should allow the ISR from planning on, before any plan exists', () => {
    const planning = walk(identified(), offer, conversation('care-planning'), step('activation', { score: 40 }));
    expect(planning.carePlan).toBeNull();
    expect(allowedSteps(planning)).toEqual(['activation', 'care-plan', 'indicative-budget', 'closure']);
  });

  it('should state the resources used yearly to a person who declined a budget after an ISR, and only then', () => {
    const agreed = walk(
      identified(),
      offer,
      conversation('care-planning'),
      step('activation', { score: 40 }),
      plan([100]),
      step('care-plan-agreement', { planVersion: 1 }),
    );
    const decline = step('budget-decline', { statementCycle: 'financial-year' }, '2026-05-01');
    expect(applyStep(agreed, decline).resourceStatements).toBeUndefined();
    const statement = { needBand: 'high', indicativeTotalPence: 100 } as IndividualStatement;
    const withIsr = applyStep(agreed, step('indicative-budget', { statement }, '2026-04-01'));
    expect(applyStep(withIsr, decline).resourceStatements).toEqual({
      statementCycle: 'financial-year',
      statementYearStart: '2026-05-01',
      nextStatementOn: '2027-04-01',
    });
    expect(applyStep(withIsr, step('budget-decline', {}, '2026-05-01')).resourceStatements).toBeUndefined();
  });

  it('should record closure with its reason from any open stage', () => {
    const state = walk(identified(), offer, step('closure', { reason: 'moved-away' }));
    expect(state.closure).toEqual({ reason: 'moved-away', closedOn: '2026-02-01' });
    expect(() => applyStep(state, step('closure', { reason: 'withdrew' }))).toThrow(IllegalStepError);
  });
});
