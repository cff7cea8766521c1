import { createHash } from 'node:crypto';

/** The `prev_hash` of a chain's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an entry its hash covers, in the order the insert trigger lists them. */
export interface ChainedAuditFields {
  seq: number;
  occurredAt: Date;
  siteId: string;
  staffId: string;
  staffRole: string;
  recordKind: string;
  recordId: string | null;
  part: string;
  accessReason: string | null;
  requestId: string;
  method: string;
  route: string;
  status: number;
}

/**
 * What a writer gives for an entry, in the order the trigger lists them after `seq` and
 * `occurred_at` (which PostgreSQL assigns): the insert's parameters and the hashed content both
 * follow this list, so the two cannot drift apart.
 */
export const ENTRY_FIELDS = [
  'siteId',
  'staffId',
  'staffRole',
  'recordKind',
  'recordId',
  'part',
  'accessReason',
  'requestId',
  'method',
  'route',
  'status',
] as const satisfies readonly (keyof ChainedAuditFields)[];

export interface ChainedAuditEntry extends ChainedAuditFields {
  prevHash: string;
  hash: string;
}

/**
 * The entry's canonical content, exactly as PostgreSQL writes `json_build_array(...)::text` in the
 * `audit_chain_entry()` trigger: elements separated by `, `, strings escaped as JSON does, the
 * instant in UTC to the millisecond (the trigger truncates it so).
 */
export function auditEntryContent(entry: ChainedAuditFields): string {
  const values = [entry.seq, entry.occurredAt.toISOString(), ...ENTRY_FIELDS.map((field) => entry[field])];
  return `[${values.map((value) => JSON.stringify(value)).join(', ')}]`;
}

/** SHA-256 (hex) over the previous entry's hash and this entry's canonical content. */
export function auditEntryHash(prevHash: string, entry: ChainedAuditFields): string {
  return createHash('sha256')
    .update(prevHash + auditEntryContent(entry), 'utf8')
    .digest('hex');
}

/** Where a chain does not hold: an entry whose content no longer matches its hash, or a gap before one. */
export interface AuditChainBreak {
  siteId: string;
  seq: number;
  problem: 'changed' | 'missing-before';
  detail: string;
}

export interface AuditChainSummary {
  siteId: string;
  entries: number;
  headSeq: number | null;
  headHash: string | null;
}

/**
 * Checks one site's chain an entry at a time, in seq order: each entry's hash must be the hash of
 * its content over its `prev_hash`, and its `prev_hash` the hash of the entry before it. A changed
 * row fails the first test; a deleted one breaks the link of the entry after it.
 */
export class AuditChainCheck {
  private previous: { seq: number; hash: string } | undefined;
  entries = 0;

  constructor(readonly siteId: string) {}

  get head(): { seq: number; hash: string } | undefined {
    return this.previous;
  }

  /** The chain as checked so far: how many entries, and its head (note it: a cut end leaves no gap). */
  get summary(): AuditChainSummary {
    return {
      siteId: this.siteId,
      entries: this.entries,
      headSeq: this.previous?.seq ?? null,
      headHash: this.previous?.hash ?? null,
    };
  }

  check(entry: ChainedAuditEntry): AuditChainBreak[] {
    const breaks: AuditChainBreak[] = [];
    const expectedPrevious = this.previous?.hash ?? GENESIS_HASH;
    if (entry.prevHash !== expectedPrevious) {
      breaks.push({
        siteId: this.siteId,
        seq: entry.seq,
        problem: 'missing-before',
        detail: this.previous
          ? `entry ${entry.seq} does not follow entry ${this.previous.seq}: an entry between them is missing`
          : `entry ${entry.seq} is the first left but not the chain's first: entries before it are missing`,
      });
    }
    if (auditEntryHash(entry.prevHash, entry) !== entry.hash) {
      breaks.push({
        siteId: this.siteId,
        seq: entry.seq,
        problem: 'changed',
        detail: `entry ${entry.seq} was changed after it was written: its content no longer matches its hash`,
      });
    }
    this.previous = { seq: entry.seq, hash: entry.hash };
    this.entries++;
    return breaks;
  }
}
