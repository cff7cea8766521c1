import { StepRuleError } from '../journey/step-errors';
import { type CarerState, type NewCarer, startCarer } from './carer-state';
import { carerRegistrationProblems } from './registration';
import type { CarerKind, CarerStepName } from './stages';
import { IllegalCarerStepError } from './step-errors';
import { markCarerEscalated, pendingCarerEscalations } from './transition-escalations';
import type { AnyCarerStep, CarerStepPayloads } from './steps';
import {
  allowedCarerSteps,
  applyCarerStep,
  compactCarerState,
  noticeCarerTransition,
  pendingCarerTransitions,
  viewCarer,
} from './transitions';

function newCarer(kind: CarerKind = 'adult-carer', overrides: Partial<NewCarer> = {}): NewCarer {
  return {
    carerId: '0b6f4f7e-3c0a-4a43-9a55-3d1e7c3e9a01',
    siteId: 'site-a',
    teamId: 'team-a',
    kind,
    identifiedOn: '2026-11-02',
    transitionsFrom: '2026-11-02',
    milestones: { turns18On: null, childTurns14On: null, childTurns18On: null },
    transitionLeadDays: 90,
    escalationAfterDays: 7,
    ...overrides,
  };
}

let requests = 0;
function step<N extends CarerStepName>(name: N, payload: CarerStepPayloads[N], effectiveDate = '2026-11-10') {
  requests += 1;
  return {
    name,
    payload,
    effectiveDate,
    requestId: `request-${requests}`,
    actor: { staffId: 's1', teamId: 'team-a' },
  } as AnyCarerStep;
}

const offer = step('assessment-offer', { method: 'face-to-face', assessorId: 'sw-1' });
const assessed = (eligibleNeeds = true) =>
  step('assessment', { outcome: 'completed', eligibleNeeds, caringChoice: 'willing-to-give-less' });
const declined = step('assessment', { outcome: 'declined' });
const plan = (costs: number[]) =>
  step('support-plan', {
    coordinatorId: 'cc1',
    items: costs.map((annualCostPence, i) => ({ itemId: `item-${i}`, annualCostPence })),
  });
const budget = (amountPence: number, capPence = 100_000, reductionReasonGiven = false) =>
  step('carer-budget', { amountPence, capPence, reductionReasonGiven });

function walk(carer: NewCarer, ...steps: AnyCarerStep[]): CarerState {
  return steps.reduce(applyCarerStep, startCarer(carer));
}

describe(applyCarerStep.name, () => {
  it('should carry a carer from identification to a support plan with a budget and a review', () => {
    const state = walk(
      newCarer(),
      offer,
      assessed(),
      plan([45_000, 20_050]),
      budget(60_000),
      step('review', { outcome: 'continued', caringChoice: 'willing-to-continue' }),
    );
    expect(state).toMatchObject({
      stage: 'support-planned',
      sequence: 5,
      revision: 5,
      assessmentOffer: { method: 'face-to-face', offeredOn: '2026-11-10' },
      assessment: { outcome: 'completed', eligibleNeeds: true, caringChoice: 'willing-to-give-less' },
      supportPlan: { version: 1, totalAnnualCostPence: 65_050 },
      budget: { version: 1, amountPence: 60_000, capPence: 100_000 },
      reviewCount: 1,
      lastReview: { outcome: 'continued', reviewedOn: '2026-11-10' },
    });
  });

  it('should respect a carer who declines the assessment, and let it be offered again', () => {
    const state = walk(newCarer(), offer, declined);
    expect(state.stage).toBe('assessment-declined');
    expect(allowedCarerSteps(state)).toEqual(['assessment-offer', 'closure']);
    expect(applyCarerStep(state, offer).stage).toBe('assessment-offered');
  });

  it('should not plan support for a carer assessed with no eligible needs', () => {
    const state = walk(newCarer(), offer, assessed(false));
    expect(allowedCarerSteps(state)).toEqual(['assessment-offer', 'closure']);
    expect(() => applyCarerStep(state, plan([100]))).toThrow(IllegalCarerStepError);
  });

  it('should refuse a step the stage does not allow, naming the stage and the allowed steps', () => {
    const attempt = () => walk(newCarer('young-carer'), plan([100]));
    expect(attempt).toThrow(
      'support-plan is not allowed while the carer is identified; allowed now: assessment-offer, school-move, closure',
    );
    expect(() => walk(newCarer(), budget(100))).toThrow(IllegalCarerStepError);
  });

  it('should allow school moves for young and parent carers only', () => {
    const move = step('school-move', { movesOn: '2027-09-06', ehcPlanTransfer: 'none' });
    expect(() => walk(newCarer('adult-carer'), move)).toThrow(IllegalCarerStepError);
    const young = walk(newCarer('young-carer'), move);
    expect(young.schoolMoves).toEqual([{ movesOn: '2027-09-06', ehcPlanTransfer: 'none', recordedOn: '2026-11-10' }]);
    expect(young.stage).toBe('identified');
    expect(() =>
      applyCarerStep(young, step('school-move', { movesOn: '2027-09-06', ehcPlanTransfer: 'none' })),
    ).toThrow('movesOn: a school move on this date is already recorded');
  });

  it('should refuse a carer budget above the configured cap, or not in whole pence', () => {
    const planned = walk(newCarer(), offer, assessed(), plan([50_000]));
    expect(() => applyCarerStep(planned, budget(100_001))).toThrow(
      'amountPence: must not exceed the carer budget cap of 100000 pence',
    );
    expect(() => applyCarerStep(planned, budget(10.5))).toThrow(StepRuleError);
    expect(() => applyCarerStep(planned, budget(0))).toThrow('amountPence');
    expect(applyCarerStep(planned, budget(100_000)).budget?.amountPence).toBe(100_000);
  });

  it('should need a reason to reduce a carer budget, but not to raise it', () => {
    const funded = walk(newCarer(), offer, assessed(), plan([50_000]), budget(40_000));
    expect(() => applyCarerStep(funded, budget(30_000))).toThrow(
      'reason: a reason is required to reduce a carer budget',
    );
    expect(applyCarerStep(funded, budget(30_000, 100_000, true)).budget).toMatchObject({
      version: 2,
      amountPence: 30_000,
    });
    expect(applyCarerStep(funded, budget(50_000)).budget?.version).toBe(2);
  });

  it('should refuse an assessment completed without saying whether there are eligible needs', () => {
    const offered = walk(newCarer(), offer);
    const incomplete = step('assessment', { outcome: 'completed', caringChoice: 'not-willing' } as never);
    expect(() => applyCarerStep(offered, incomplete)).toThrow('eligibleNeeds');
  });

  it('should refuse a step dated before the previous one', () => {
    const offered = walk(newCarer(), offer);
    expect(() => applyCarerStep(offered, step('assessment', { outcome: 'declined' }, '2026-11-09'))).toThrow(
      'effectiveDate: must not be before the previous step (2026-11-10)',
    );
  });

  it('should close with a reason from any open stage, after which nothing is allowed or noticed', () => {
    const closed = walk(newCarer('young-carer'), offer, step('closure', { reason: 'no-longer-caring' }));
    expect(closed.closure).toEqual({ reason: 'no-longer-caring', closedOn: '2026-11-10' });
    expect(viewCarer(closed)).toMatchObject({ allowedSteps: [], upcomingTransitions: [] });
  });
});

describe(pendingCarerTransitions.name, () => {
  const young = newCarer('young-carer', {
    milestones: { turns18On: '2027-06-12', childTurns14On: null, childTurns18On: null },
  });

  it("should list a young carer's transition assessment and first health check", () => {
    expect(pendingCarerTransitions(startCarer(young))).toEqual([
      { kind: 'turning-18-transition-assessment', dueOn: '2027-06-12', remindOn: '2027-03-14' },
      { kind: 'annual-health-check', dueOn: '2027-11-02', remindOn: '2027-08-04' },
    ]);
  });

  it('should notice each point once, moving the health check on a year after it is noticed', () => {
    let state = startCarer(young);
    const [turning18, healthCheck] = pendingCarerTransitions(state);
    state = noticeCarerTransition(state, turning18);
    expect(pendingCarerTransitions(state)).toEqual([healthCheck]);
    state = noticeCarerTransition(state, healthCheck);
    expect(pendingCarerTransitions(state)).toEqual([
      { kind: 'annual-health-check', dueOn: '2028-11-02', remindOn: '2028-08-04' },
    ]);
    expect(state.revision).toBe(2);
  });

  it('should keep what was noticed when compacted for a new run, dropping superseded health checks', () => {
    let state = startCarer(young);
    for (let year = 0; year < 3; year += 1) state = noticeCarerTransition(state, pendingCarerTransitions(state)[0]);
    const compacted = compactCarerState(state);
    expect(compacted.firedTransitions).toEqual([
      'turning-18-transition-assessment:2027-06-12',
      'annual-health-check:2028-11-02',
    ]);
    expect(pendingCarerTransitions(compacted)).toEqual(pendingCarerTransitions(state));
  });

  it('should bring a recorded school move into the schedule', () => {
    const state = walk(young, step('school-move', { movesOn: '2027-01-04', ehcPlanTransfer: 'none' }));
    expect(pendingCarerTransitions(state)[0]).toEqual({
      kind: 'school-move',
      dueOn: '2027-01-04',
      remindOn: '2026-10-06',
    });
  });

  it('should leave out points due before the carer was registered', () => {
    const late = newCarer('parent-carer', {
      transitionsFrom: '2026-11-02',
      milestones: { turns18On: null, childTurns14On: '2026-05-01', childTurns18On: '2030-05-01' },
    });
    expect(pendingCarerTransitions(startCarer(late)).map((point) => point.kind)).toEqual([
      'annual-health-check',
      'child-turning-18',
    ]);
  });
});

describe(carerRegistrationProblems.name, () => {
  const identifiedOn = '2026-11-24';

  it('should accept a young carer under 18 and a parent carer of a child under 18', () => {
    expect(carerRegistrationProblems({ kind: 'young-carer', dateOfBirth: '2009-06-12', identifiedOn })).toEqual([]);
    expect(
      carerRegistrationProblems({
        kind: 'parent-carer',
        dateOfBirth: '1984-01-01',
        childDateOfBirth: '2013-01-20',
        identifiedOn,
      }),
    ).toEqual([]);
  });

  it('should refuse a young carer who is already 18, and an adult carer who is not', () => {
    expect(carerRegistrationProblems({ kind: 'young-carer', dateOfBirth: '2008-11-24', identifiedOn })).toEqual([
      { field: 'dateOfBirth', reason: 'a young carer is under 18; record an adult carer instead' },
    ]);
    expect(carerRegistrationProblems({ kind: 'adult-carer', dateOfBirth: '2008-11-25', identifiedOn })[0].field).toBe(
      'dateOfBirth',
    );
  });

  it("should require a parent carer's child's date of birth, and only theirs", () => {
    expect(carerRegistrationProblems({ kind: 'parent-carer', dateOfBirth: '1984-01-01', identifiedOn })).toEqual([
      { field: 'childDateOfBirth', reason: "is required for a parent carer (the child's transitions)" },
    ]);
    expect(
      carerRegistrationProblems({
        kind: 'adult-carer',
        dateOfBirth: '1984-01-01',
        childDateOfBirth: '2013-01-20',
        identifiedOn,
      })[0].field,
    ).toBe('childDateOfBirth');
  });
});

describe(pendingCarerEscalations.name, () => {
  const turns18On = '2027-03-01';
  const noticed = () => {
    const carer = startCarer(
      newCarer('young-carer', { milestones: { turns18On, childTurns14On: null, childTurns18On: null } }),
    );
    const [point] = pendingCarerTransitions(carer);
    return noticeCarerTransition(carer, point);
  };

  it('should escalate a noticed point a week after it falls due when nobody acted on it', () => {
    const [escalation] = pendingCarerEscalations(noticed());
    expect(escalation).toEqual({
      kind: 'turning-18-transition-assessment',
      dueOn: turns18On,
      on: '2027-03-08',
      afterDays: 7,
      key: `turning-18-transition-assessment:${turns18On}`,
    });
    expect(pendingCarerEscalations(markCarerEscalated(noticed(), escalation))).toEqual([]);
  });

  it('should not escalate once an assessment was done, or declined, after the point was noticed', () => {
    const assessedAfter = [
      step('assessment-offer', { method: 'face-to-face', assessorId: null }, '2026-12-10'),
      step(
        'assessment',
        { outcome: 'completed', eligibleNeeds: true, caringChoice: 'willing-to-continue' },
        '2026-12-15',
      ),
    ].reduce(applyCarerStep, noticed());
    expect(pendingCarerEscalations(assessedAfter)).toEqual([]);
    const declined = [
      step('assessment-offer', { method: 'face-to-face', assessorId: null }, '2026-12-10'),
      step('assessment', { outcome: 'declined' }, '2026-12-11'),
    ].reduce(applyCarerStep, noticed());
    expect(pendingCarerEscalations(declined)).toEqual([]);
  });

  it('should still escalate when the only assessment came before the point was noticed', () => {
    const assessedBefore = [
      step('assessment-offer', { method: 'face-to-face', assessorId: null }, '2026-11-10'),
      step(
        'assessment',
        { outcome: 'completed', eligibleNeeds: true, caringChoice: 'willing-to-continue' },
        '2026-11-20',
      ),
    ].reduce(
      applyCarerStep,
      startCarer(newCarer('young-carer', { milestones: { turns18On, childTurns14On: null, childTurns18On: null } })),
    );
    const [point] = pendingCarerTransitions(assessedBefore);
    expect(pendingCarerEscalations(noticeCarerTransition(assessedBefore, point))).toHaveLength(1);
  });

  it('should escalate nothing for a closed carer, and keep escalations for carers from before them', () => {
    const closed = applyCarerStep(noticed(), step('closure', { reason: 'no-longer-caring' }, '2026-12-01'));
    expect(pendingCarerEscalations(closed)).toEqual([]);
    const older = { ...noticed(), escalatedTransitions: undefined, escalationAfterDays: undefined };
    expect(pendingCarerEscalations(older)).toEqual([expect.objectContaining({ on: '2027-03-08', afterDays: 7 })]);
  });
});
