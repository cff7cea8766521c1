import { randomUUID } from 'node:crypto';
import { type JourneyView, startJourney, viewJourney } from '@ipc/domain';
import { ParticipantEntity } from '@ipc/persistence';
import { randomNhsNumber } from './referral.factory';

/** A participant row at site A, referred and not yet identified; override any column. */
export function participantRow(overrides: Partial<ParticipantEntity> = {}): ParticipantEntity {
  const referredOn = overrides.referredOn ?? '2026-09-01';
  return Object.assign(new ParticipantEntity(), {
    id: randomUUID(),
    siteId: 'site-a',
    teamId: 'team-a1',
    nhsNumber: randomNhsNumber(),
    dateOfBirth: '1948-07-02',
    cohort: 'multiple-long-term-conditions',
    referralSource: 'risk-stratification',
    referredBy: 'coordinator-a',
    referralRequestId: randomUUID(),
    referredOn,
    stage: 'referred',
    stageEnteredOn: referredOn,
    journeySequence: 0,
    stageDates: { referred: referredOn },
    closedOn: null,
    closureReason: null,
    ...overrides,
  });
}

/** A journey as the workflow reports it just after referral; override any field. */
export function journeyView(overrides: Partial<JourneyView> = {}): JourneyView {
  const journey = viewJourney(
    startJourney({
      participantId: overrides.participantId ?? randomUUID(),
      siteId: 'site-a',
      teamId: 'team-a1',
      cohort: 'multiple-long-term-conditions',
      referredOn: '2026-09-01',
    }),
  );
  return { ...journey, ...overrides };
}
