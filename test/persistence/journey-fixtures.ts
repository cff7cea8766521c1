import { randomUUID } from 'node:crypto';
import { createDataSource, type JourneyTimelineEntry, ParticipantsRepository } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { journeyView, participantRow } from '../factories/participant.factory';
import type { ParticipantEntity } from '@ipc/persistence';

/** The run's migrated database (test/support/global-setup.ts); every spec writes rows of its own people only. */
export function openTestDatabase(): Promise<DataSource> {
  return createDataSource(process.env.DATABASE_URL as string).initialize();
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
    { participant, demographics: null, entry: referralEntry(participant) },
    async () => {},
  );
  return participant;
}
