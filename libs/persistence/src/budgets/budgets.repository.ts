import { Inject, Injectable } from '@nestjs/common';
import type { BudgetPart, ResourceAllocation, StatementView } from '@ipc/domain';
import { DataSource, EntityManager } from 'typeorm';
import { managerOf } from '../manager-of';

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

/** A statement as listed: what it is and when it was issued. */
export interface StoredStatement {
  id: string;
  kind: 'indicative' | 'annual';
  issuedOn: string;
  periodStart: string | null;
  periodEnd: string | null;
  largePrint: boolean;
}

/** One version of a personal budget: set, revised, or changed by a withdrawn direct payment. */
export interface PersonalBudgetVersion {
  participantId: string;
  version: number;
  requestId: string;
  startDate: string;
  totalPence: number;
  byFunder: Record<string, number>;
  contributionPence: number;
  parts: BudgetPart[];
  approvedBy: string | null;
  indicativeTotalPence: number | null;
  effectiveOn: string;
}

const STATEMENT_COLUMNS = `id, kind, to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn",
  to_char(period_start, 'YYYY-MM-DD') AS "periodStart", to_char(period_end, 'YYYY-MM-DD') AS "periodEnd",
  large_print AS "largePrint"`;

/** A site's resource allocation rules, and each person's personal budgets and statements. */
@Injectable()
export class BudgetsRepository {
  private readonly manager: EntityManager;

  constructor(@Inject(DataSource) db: DataSource | EntityManager) {
    this.manager = managerOf(db);
  }

  /** The site's resource allocation rules, or null when an administrator has not set them yet. */
  async resourceAllocation(siteId: string): Promise<ResourceAllocation | null> {
    const rows = await this.manager.query<{ allocation: ResourceAllocation }[]>(
      'SELECT allocation FROM site_resource_allocations WHERE site_id = $1',
      [siteId],
    );
    return rows[0]?.allocation ?? null;
  }

  async saveResourceAllocation(siteId: string, allocation: ResourceAllocation, updatedBy: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO site_resource_allocations (site_id, allocation, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (site_id) DO UPDATE SET allocation = $2, updated_by = $3, updated_at = now()`,
      [siteId, allocation, updatedBy],
    );
  }

  /** Stores a version once; a retried activity finds it already there. */
  async addBudgetVersion(budget: PersonalBudgetVersion): Promise<void> {
    await this.manager.query(
      `INSERT INTO personal_budgets (participant_id, version, request_id, start_date, total_pence, by_funder,
                                     contribution_pence, parts, approved_by, indicative_total_pence, effective_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (participant_id, version) DO NOTHING`,
      [
        budget.participantId,
        budget.version,
        budget.requestId,
        budget.startDate,
        budget.totalPence,
        budget.byFunder,
        budget.contributionPence,
        JSON.stringify(budget.parts),
        budget.approvedBy,
        budget.indicativeTotalPence,
        budget.effectiveOn,
      ],
    );
  }

  /** Stores a statement once; a retried activity finds it already there. */
  async addStatement(record: BudgetStatementRecord): Promise<void> {
    await this.manager.query(
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

  /** One page of a person's statements in the order they were issued, and how many there are in all. */
  async statements(
    participantId: string,
    window: { skip: number; take: number },
  ): Promise<{ statements: StoredStatement[]; total: number }> {
    const [statements, [{ total }]] = await Promise.all([
      this.manager.query<StoredStatement[]>(
        `SELECT ${STATEMENT_COLUMNS} FROM budget_statements WHERE participant_id = $1
          ORDER BY issued_on, created_at, id OFFSET $2 LIMIT $3`,
        [participantId, window.skip, window.take],
      ),
      this.manager.query<{ total: number }[]>(
        'SELECT count(*)::int AS total FROM budget_statements WHERE participant_id = $1',
        [participantId],
      ),
    ]);
    return { statements, total };
  }

  /** One of a person's statements with its content, or null (an id that is not a UUID finds none). */
  async statement(
    participantId: string,
    statementId: string,
  ): Promise<(StoredStatement & { content: Record<string, unknown> }) | null> {
    if (!/^[0-9a-f-]{36}$/i.test(statementId)) return null;
    const rows = await this.manager.query<(StoredStatement & { content: Record<string, unknown> })[]>(
      `SELECT ${STATEMENT_COLUMNS}, content FROM budget_statements WHERE participant_id = $1 AND id = $2`,
      [participantId, statementId],
    );
    return rows[0] ?? null;
  }
}
