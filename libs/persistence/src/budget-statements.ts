import type { StatementView } from '@ipc/domain';
import type { EntityManager } from 'typeorm';

export interface BudgetStatementRecord {
  participantId: string;
  kind: 'indicative' | 'annual';
  /** Unique per participant: the request id of an ISR, or `annual-<period end>`. */
  statementKey: string;
  issuedOn: string;
  period: { start: string; end: string } | null;
  largePrint: boolean;
  /** What every statement renderer reads. */
  content: StatementView;
}

/** Stores a statement once; a retried activity finds it already there. */
export async function insertBudgetStatement(manager: EntityManager, record: BudgetStatementRecord): Promise<void> {
  await manager.query(
    `INSERT INTO budget_statements (participant_id, kind, statement_key, issued_on, period_start, period_end, large_print, content)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (participant_id, statement_key) DO NOTHING`,
    [
      record.participantId,
      record.kind,
      record.statementKey,
      record.issuedOn,
      record.period?.start ?? null,
      record.period?.end ?? null,
      record.largePrint,
      record.content,
    ],
  );
}
