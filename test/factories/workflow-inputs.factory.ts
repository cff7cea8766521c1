import { randomUUID } from 'node:crypto';
import type {
  CarerStep,
  CarerStepName,
  CarerStepPayloads,
  JourneyStep,
  JourneyStepName,
  NewCarer,
  NewJourney,
  StepPayloads,
} from '@ipc/domain';

/** What the journey and carer workflows receive (ids, codes and dates), valid by default. */
const ACTOR = { staffId: 'cc', teamId: 'team-wf' };

export function newJourney(overrides: Partial<NewJourney> = {}): NewJourney {
  return {
    participantId: randomUUID(),
    siteId: 'site-wf',
    teamId: ACTOR.teamId,
    cohort: 'multiple-long-term-conditions',
    referredOn: '2026-01-05',
    ...overrides,
  };
}

export function journeyStep<N extends JourneyStepName>(
  name: N,
  payload: StepPayloads[N],
  effectiveDate: string,
): JourneyStep<N> {
  return { name, requestId: randomUUID(), actor: ACTOR, effectiveDate, payload };
}

export function newCarer(overrides: Partial<NewCarer> = {}): NewCarer {
  return {
    carerId: randomUUID(),
    siteId: 'site-wf',
    teamId: ACTOR.teamId,
    kind: 'adult-carer',
    identifiedOn: '2026-01-05',
    transitionsFrom: '2026-01-05',
    milestones: { turns18On: null, childTurns14On: null, childTurns18On: null },
    transitionLeadDays: 90,
    escalationAfterDays: 7,
    ...overrides,
  };
}

export function carerStep<N extends CarerStepName>(
  name: N,
  payload: CarerStepPayloads[N],
  effectiveDate: string,
): CarerStep<N> {
  return { name, requestId: randomUUID(), actor: ACTOR, effectiveDate, payload };
}
