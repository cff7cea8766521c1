import { randomUUID } from 'node:crypto';
import {
  createDataSource,
  dropDatabase,
  type JourneyTimelineEntry,
  migrateDatabase,
  ParticipantsRepository,
} from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { journeyView, participantRow } from '../factories/participant.factory';
import { personDetails } from '../factories/person-details.factory';
import type { ParticipantEntity } from '@ipc/persistence';

/**
 * A migrated database of the spec's own, beside the run's (test/support/global-setup.ts), so the
 * half-made journeys a repository spec writes are never met by a test that reads every open case.
 */
export async function openOwnDatabase(): Promise<{ dataSource: DataSource; close: () => Promise<void> }> {
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `${url.pathname}_repository_${randomUUID().slice(0, 8)}`;
  await migrateDatabase(url.toString());
  const dataSource = await createDataSource(url.toString()).initialize();
  const close = async () => {
    await dataSource.destroy();
    await dropDatabase(url.toString());
  };
  return { dataSource, close };
}

/** The referral's timeline entry for a participant row, as the API writes it. */
export function referralEntry(participant: ParticipantEntity): JourneyTimelineEntry {
  return {
    participantId: participant.id,
    requestId: participant.referralRequestId,
    sequence: 0,
    step: 'referral',
    fromStage: null,
    toStage: 'referred',
    actor: { staffId: 'coordinator-a', teamId: participant.teamId },
    effectiveOn: participant.referredOn,
    details: { cohort: participant.cohort },
    journeyAfter: journeyView({ participantId: participant.id }),
  };
}

/** A participant referred through the repository, at a site of the spec's own unless one is given. */
export async function referredParticipant(dataSource: DataSource, overrides: Partial<ParticipantEntity> = {}) {
  const participant = participantRow({ siteId: `site-${randomUUID().slice(0, 8)}`, ...overrides });
  await new ParticipantsRepository(dataSource).recordReferral(
    { participant, details: personDetails(), demographics: null, entry: referralEntry(participant) },
    async () => {},
  );
  return participant;
}

/** A page window wide enough for every row a spec writes. */
export const ALL = { skip: 0, take: 100 };
