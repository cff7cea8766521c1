import { Inject, Injectable } from '@nestjs/common';
import type { CrisisEventKind, CrisisEventSource } from '@ipc/domain';
import { DataSource } from 'typeorm';
import { CrisisEventEntity } from '../entities';

export interface CrisisEvent {
  participantId: string;
  siteId: string;
  kind: CrisisEventKind;
  occurredOn: string;
  source: CrisisEventSource;
  note: string | null;
  recordedBy: string;
}

export type StoredCrisisEvent = CrisisEvent & { id: string; recordedAt: Date };

/** A person's crises and unplanned admissions, as they were recorded. */
@Injectable()
export class CrisisEventsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async record(event: CrisisEvent): Promise<StoredCrisisEvent> {
    const repository = this.dataSource.getRepository(CrisisEventEntity);
    return (await repository.save(repository.create(event))) as StoredCrisisEvent;
  }

  /** The person's events, in the order they happened. */
  async eventsOf(participantId: string): Promise<StoredCrisisEvent[]> {
    const rows = await this.dataSource.getRepository(CrisisEventEntity).find({
      where: { participantId },
      order: { occurredOn: 'ASC', recordedAt: 'ASC' },
    });
    return rows as StoredCrisisEvent[];
  }
}
