import { Inject, Injectable } from '@nestjs/common';
import type { ConsentDecision, ConsentGiver, ConsentScope } from '@ipc/domain';
import { DataSource } from 'typeorm';
import type { RecordKind } from '../access/record-access.repository';
import { ConsentDecisionEntity } from '../entities';

export interface ConsentRecord {
  siteId: string;
  recordKind: RecordKind;
  recordId: string;
  scope: ConsentScope;
  decision: ConsentDecision;
  givenBy: ConsentGiver | null;
  decidedBy: string | null;
  capacityAssessed: boolean | null;
  reason: string | null;
  effectiveOn: string;
  recordedBy: string;
}

export type StoredConsentDecision = ConsentRecord & { id: string; recordedAt: Date };

const view = (row: ConsentDecisionEntity): StoredConsentDecision => row as StoredConsentDecision;

/** Consent decisions per scope about people and carers; the latest of a scope is in force. */
@Injectable()
export class ConsentDecisionsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Records the decisions of one request together (one per scope). */
  async record(decisions: ConsentRecord[]): Promise<StoredConsentDecision[]> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ConsentDecisionEntity);
      return (await repository.save(decisions.map((decision) => repository.create(decision)))).map(view);
    });
  }

  /** Every decision about the record, oldest first (by effective date, then as recorded). */
  async history(recordKind: RecordKind, recordId: string): Promise<StoredConsentDecision[]> {
    const rows = await this.dataSource.getRepository(ConsentDecisionEntity).find({
      where: { recordKind, recordId },
      order: { effectiveOn: 'ASC', recordedAt: 'ASC' },
    });
    return rows.map(view);
  }
}
