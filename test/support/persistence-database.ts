import { randomUUID } from 'node:crypto';
import { startJourney, viewJourney } from '@ipc/domain';
import { createDataSource, ParticipantEntity, ParticipantsRepository } from '@ipc/persistence';
import type { DataSource } from 'typeorm';

/** The run's migrated database (DATABASE_URL, made by the global set-up), for repository specs. */
export function openRunDatabase(): Promise<DataSource> {
  return createDataSource(String(process.env.DATABASE_URL)).initialize();
}

/** A site of the spec's own, so rows other tests leave in the run's database never meet its own. */
export const ownSiteId = () => `site-${randomUUID().slice(0, 8)}`;

/** A participant referred on 2026-01-05 at the site (on the team's caseload), with their referral on their timeline. */
export async function insertParticipant(dataSource: DataSource, siteId: string, teamId = 'team-a1'): Promise<string> {
  const id = randomUUID();
  const referredOn = '2026-01-05';
  const cohort = 'multiple-long-term-conditions';
  await dataSource.getRepository(ParticipantEntity).insert({
    id,
    siteId,
    teamId,
    nhsNumber: String(Math.floor(Math.random() * 1e10)).padStart(10, '0'),
    dateOfBirth: '1950-03-14',
    cohort,
    referralSource: 'gp-referral',
    referredBy: 'coordinator-a',
    referralRequestId: randomUUID(),
    referredOn,
    stage: 'referred',
    stageEnteredOn: referredOn,
    stageDates: { referred: referredOn },
  });
  await new ParticipantsRepository(dataSource).addTimelineEntry({
    participantId: id,
    requestId: randomUUID(),
    sequence: 0,
    step: 'referral',
    fromStage: null,
    toStage: 'referred',
    actor: { staffId: 'coordinator-a', teamId: 'team-a1' },
    effectiveOn: referredOn,
    details: { cohort },
    journeyAfter: viewJourney(startJourney({ participantId: id, siteId, teamId: 'team-a1', cohort, referredOn })),
  });
  return id;
}
