import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type AuditChainBreak,
  AuditChainCheck,
  type AuditChainSummary,
  type ChainedAuditEntry,
  type ChainedAuditFields,
  ENTRY_FIELDS,
} from './audit-chain';

export type AuditedRecordKind = 'participant' | 'carer';

/** What the API records of one access; the trigger numbers, stamps and chains it. */
export type NewAuditEntry = Omit<ChainedAuditFields, 'seq' | 'occurredAt' | 'recordKind'> & {
  recordKind: AuditedRecordKind;
};

export type AuditEntry = ChainedAuditEntry;

/** Which entries of a site to list: any combination; `from` inclusive, `to` exclusive. */
export interface AuditFilter {
  recordKind?: AuditedRecordKind;
  recordId?: string;
  staffId?: string;
  from?: Date;
  to?: Date;
}

export interface AuditVerification {
  entries: number;
  sites: AuditChainSummary[];
  breaks: AuditChainBreak[];
}

interface AuditRow {
  seq: string;
  occurred_at: Date;
  site_id: string;
  staff_id: string;
  staff_role: string;
  record_kind: string;
  record_id: string | null;
  part: string;
  access_reason: string | null;
  request_id: string;
  method: string;
  route: string;
  status: number;
  prev_hash: string;
  hash: string;
}

const COLUMNS = `seq, occurred_at, site_id, staff_id, staff_role, record_kind, record_id, part, access_reason,
  request_id, method, route, status, prev_hash, hash`;

/** Rows read per round trip while verifying, so a long chain never sits in memory at once. */
const VERIFY_BATCH = 5000;

function entryOf(row: AuditRow): AuditEntry {
  return {
    seq: Number(row.seq),
    occurredAt: row.occurred_at,
    siteId: row.site_id,
    staffId: row.staff_id,
    staffRole: row.staff_role,
    recordKind: row.record_kind,
    recordId: row.record_id,
    part: row.part,
    accessReason: row.access_reason,
    requestId: row.request_id,
    method: row.method,
    route: row.route,
    status: Number(row.status),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** The append-only audit of access to people's and carers' records (`audit_entries`). */
@Injectable()
export class AuditEntriesRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** One INSERT: the trigger takes the site's chain lock, links the entry and computes its hash. */
  async append(entry: NewAuditEntry): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_entries (site_id, staff_id, staff_role, record_kind, record_id, part, access_reason,
         request_id, method, route, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      ENTRY_FIELDS.map((field) => entry[field]),
    );
  }

  /** A page of a site's entries matching the filter, newest first, and how many match in all. */
  async page(
    siteId: string,
    filter: AuditFilter,
    window: { skip: number; take: number },
  ): Promise<{ items: AuditEntry[]; total: number }> {
    const conditions = ['site_id = $1'];
    const params: unknown[] = [siteId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.recordKind) add('record_kind = ?', filter.recordKind);
    if (filter.recordId) add('record_id = ?', filter.recordId);
    if (filter.staffId) add('staff_id = ?', filter.staffId);
    if (filter.from) add('occurred_at >= ?', filter.from);
    if (filter.to) add('occurred_at < ?', filter.to);
    const where = conditions.join(' AND ');
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<AuditRow[]>(
        `SELECT ${COLUMNS} FROM audit_entries WHERE ${where} ORDER BY seq DESC
          OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
        [...params, window.skip, window.take],
      ),
      this.dataSource.query<{ total: string }[]>(`SELECT count(*) AS total FROM audit_entries WHERE ${where}`, params),
    ]);
    return { items: rows.map(entryOf), total: Number(total) };
  }

  /**
   * Walks every site's chain (or one site's) and names each entry that was changed or follows a
   * gap. A chain's last entries deleted leave no gap: compare the heads with ones noted earlier.
   */
  async verify(siteId?: string): Promise<AuditVerification> {
    const sites = siteId
      ? [siteId]
      : (
          await this.dataSource.query<{ site_id: string }[]>(
            `SELECT DISTINCT site_id FROM audit_entries ORDER BY site_id`,
          )
        ).map((row) => row.site_id);
    const verification: AuditVerification = { entries: 0, sites: [], breaks: [] };
    for (const site of sites) {
      const check = new AuditChainCheck(site);
      for (let after = -1; ;) {
        const rows = await this.dataSource.query<AuditRow[]>(
          `SELECT ${COLUMNS} FROM audit_entries WHERE site_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
          [site, after, VERIFY_BATCH],
        );
        for (const row of rows) verification.breaks.push(...check.check(entryOf(row)));
        if (rows.length < VERIFY_BATCH) break;
        after = Number(rows[rows.length - 1].seq);
      }
      verification.entries += check.entries;
      verification.sites.push(check.summary);
    }
    return verification;
  }
}
