import { applyCorrection, assertCorrection } from './corrections';
import { type JourneyState, startJourney } from './journey-state';
import type { JourneyStepName } from './stages';
import { CorrectionRefusedError, StepRuleError } from './step-errors';
import type { AnyJourneyStep, StepPayloads } from './steps';
import { applyStep, viewJourney } from './transitions';

const referral = {
  participantId: '3f0c2a4e-8f5b-4d55-9d7a-1c1f6c1e2a10',
  siteId: 'site-a',
  teamId: 'team-a',
  cohort: 'multiple-long-term-conditions' as const,
  referredOn: '2026-01-05',
};

const step = <N extends JourneyStepName>(name: N, payload: StepPayloads[N], effectiveDate: string) =>
  ({
    name,
    payload,
    effectiveDate,
    requestId: `${name}-${effectiveDate}`,
    actor: { staffId: 's', teamId: 't' },
  }) as AnyJourneyStep;

const identification = step('identification', { eligible: true, consentToShare: true }, '2026-01-10');
const offer = step(
  'offer',
  { informationFormat: 'standard', language: 'en', advocacy: 'declined', communityConnectorId: 'c1' },
  '2026-01-12',
);
const conversation = step(
  'guided-conversation',
  { outcome: 'care-planning', peerSupport: [], referralsMade: 0, carersIdentified: 0 },
  '2026-01-14',
);
const walk = (...steps: AnyJourneyStep[]): JourneyState =>
  steps.reduce((state, next) => applyStep(state, next), startJourney(referral));

const amendment = (payload: Partial<StepPayloads['amendment']>, effectiveDate = '2026-02-01') =>
  step(
    'amendment',
    {
      sequence: 3,
      step: 'guided-conversation',
      originalDate: '2026-01-14',
      amendedDate: '2026-01-13',
      previousStepOn: '2026-01-12',
      nextStepOn: null,
      entersCurrentStage: true,
      ...payload,
    },
    effectiveDate,
  );

describe(assertCorrection.name, () => {
  it('should let only the last step be entered in error', () => {
    const state = walk(identification, offer, conversation);
    expect(() => assertCorrection(state, step('entered-in-error', { sequence: 2 }, '2026-02-01') as never)).toThrow(
      /only the last step \(3, guided-conversation\)/,
    );
    expect(() =>
      assertCorrection(state, step('entered-in-error', { sequence: 3 }, '2026-02-01') as never),
    ).not.toThrow();
  });

  it('should refuse to step back once money was committed, with the reason', () => {
    const identified = walk(identification);
    const state = { ...identified, lastStep: { sequence: 1, step: 'budget' as const, before: startJourney(referral) } };
    expect(() => assertCorrection(state, step('entered-in-error', { sequence: 1 }, '2026-02-01') as never)).toThrow(
      new CorrectionRefusedError('entered-in-error', 'a budget step cannot be entered in error: money was committed'),
    );
  });

  it('should hold an amended date to the referral, today and its neighbours', () => {
    const state = walk(identification, offer, conversation);
    const refused = (payload: Partial<StepPayloads['amendment']>) => () =>
      assertCorrection(state, amendment(payload) as never);
    expect(refused({ amendedDate: '2026-02-02' })).toThrow(
      new StepRuleError('effectiveDate', 'must not be in the future'),
    );
    expect(refused({ amendedDate: '2026-01-04', previousStepOn: '2026-01-01' })).toThrow(/before the referral date/);
    expect(refused({ amendedDate: '2026-01-11' })).toThrow(/before the previous step \(2026-01-12\)/);
    expect(refused({ sequence: 2, nextStepOn: '2026-01-14', amendedDate: '2026-01-15' })).toThrow(
      /after the next step \(2026-01-14\)/,
    );
    expect(refused({ step: 'budget' })).toThrow(CorrectionRefusedError);
    expect(refused({})).not.toThrow();
  });

  it('should reopen a closed journey only within the window after its closure', () => {
    const closed = walk(identification, offer, step('closure', { reason: 'withdrew' }, '2026-01-20'));
    const reopen = (on: string) => step('reopen', { withinDays: 30 }, on) as never;
    expect(() => assertCorrection(closed, reopen('2026-02-19'))).not.toThrow();
    expect(() => assertCorrection(closed, reopen('2026-02-20'))).toThrow(
      /within 30 days of its closure \(closed on 2026-01-20\)/,
    );
    expect(() => assertCorrection(walk(identification), reopen('2026-02-01'))).toThrow(/not closed/);
  });

  it('should refuse other corrections of a closed journey until it is reopened', () => {
    const closed = walk(identification, step('closure', { reason: 'withdrew' }, '2026-01-20'));
    expect(() => assertCorrection(closed, step('entered-in-error', { sequence: 2 }, '2026-02-01') as never)).toThrow(
      /reopen it first/,
    );
  });
});

describe(applyCorrection.name, () => {
  it('should step back to the journey before the step, counted as a new step', () => {
    const before = walk(identification, offer);
    const back = applyStep(
      walk(identification, offer, conversation),
      step('entered-in-error', { sequence: 3 }, '2026-02-01'),
    );
    expect(back).toMatchObject({
      stage: 'offered',
      sequence: 4,
      stageEnteredOn: before.stageEnteredOn,
      lastStep: null,
    });
    expect(viewJourney(back).allowedSteps).toEqual(viewJourney(before).allowedSteps);
  });

  it('should move the dates the journey holds from the amended step, and nothing else', () => {
    const amended = applyStep(walk(identification, offer, conversation), amendment({}));
    expect(amended).toMatchObject({
      sequence: 4,
      stage: 'activation',
      stageEnteredOn: '2026-01-13',
      lastStepOn: '2026-01-13',
    });
    const earlier = applyStep(
      walk(identification, offer, conversation),
      amendment({
        sequence: 2,
        step: 'offer',
        originalDate: '2026-01-12',
        amendedDate: '2026-01-11',
        previousStepOn: '2026-01-10',
        nextStepOn: '2026-01-14',
        entersCurrentStage: false,
      }),
    );
    expect(earlier).toMatchObject({ stageEnteredOn: '2026-01-14', lastStepOn: '2026-01-14' });
  });

  it('should reopen at the stage the journey was closed from, from the day it is reopened', () => {
    const closed = walk(identification, offer, step('closure', { reason: 'withdrew' }, '2026-01-20'));
    const reopened = applyStep(closed, step('reopen', { withinDays: 30 }, '2026-02-01'));
    expect(reopened).toMatchObject({ stage: 'offered', closure: null, sequence: 4, stageEnteredOn: '2026-02-01' });
    expect(viewJourney(reopened).allowedSteps).toEqual(['offer', 'guided-conversation', 'closure']);
  });
});
