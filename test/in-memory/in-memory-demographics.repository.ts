import type { DemographicsRecord, DemographicsRepository, ParticipantDemographicsEntity } from '@ipc/persistence';

/** DemographicsRepository's behaviour over maps: the participants it knows, by site, and their answers. */
export class InMemoryDemographicsRepository implements Omit<DemographicsRepository, 'manager'> {
  readonly participantSites = new Map<string, string>();
  readonly recorded = new Map<string, ParticipantDemographicsEntity>();

  async participantIsAtSite(siteId: string, participantId: string) {
    return this.participantSites.get(participantId) === siteId;
  }

  async find(participantId: string) {
    return this.recorded.get(participantId) ?? null;
  }

  async save({ participantId, siteId, demographics, recordedBy }: DemographicsRecord) {
    const updatedAt = new Date('2026-01-05T10:00:00Z');
    this.recorded.set(participantId, { participantId, siteId, ...demographics, recordedBy, updatedAt });
  }
}
