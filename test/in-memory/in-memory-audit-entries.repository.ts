import {
  AuditChainCheck,
  type AuditEntriesRepository,
  type AuditEntry,
  auditEntryHash,
  type AuditFilter,
  type AuditVerification,
  GENESIS_HASH,
  type NewAuditEntry,
} from '@ipc/persistence';

/**
 * AuditEntriesRepository's behaviour over a list: each entry numbered and chained to its site's
 * last with the same hash the insert trigger computes, and verified by the same chain check. Every
 * window read is kept, so a spec can see how a long log was read.
 */
export class InMemoryAuditEntries implements Pick<AuditEntriesRepository, 'append' | 'page' | 'verify'> {
  readonly entries: AuditEntry[] = [];
  readonly windowsRead: { skip: number; take: number }[] = [];
  now = () => new Date();

  async append(entry: NewAuditEntry) {
    const prevHash = this.entries.filter((held) => held.siteId === entry.siteId).at(-1)?.hash ?? GENESIS_HASH;
    const fields = { ...entry, seq: this.entries.length + 1, occurredAt: this.now() };
    this.entries.push({ ...fields, prevHash, hash: auditEntryHash(prevHash, fields) });
  }

  async page(siteId: string, filter: AuditFilter, window: { skip: number; take: number }) {
    this.windowsRead.push(window);
    const matching = this.entries
      .filter((entry) => entry.siteId === siteId)
      .filter((entry) => !filter.recordKind || entry.recordKind === filter.recordKind)
      .filter((entry) => !filter.recordId || entry.recordId === filter.recordId)
      .filter((entry) => !filter.staffId || entry.staffId === filter.staffId)
      .filter(
        (entry) => (!filter.from || entry.occurredAt >= filter.from) && (!filter.to || entry.occurredAt < filter.to),
      )
      .sort((a, b) => b.seq - a.seq);
    return { items: matching.slice(window.skip, window.skip + window.take), total: matching.length };
  }

  async verify(siteId?: string): Promise<AuditVerification> {
    const sites = siteId ? [siteId] : [...new Set(this.entries.map((entry) => entry.siteId))].sort();
    const verification: AuditVerification = { entries: 0, sites: [], breaks: [] };
    for (const site of sites) {
      const check = new AuditChainCheck(site);
      for (const entry of this.entries.filter((held) => held.siteId === site)) {
        verification.breaks.push(...check.check(entry));
      }
      verification.entries += check.entries;
      verification.sites.push(check.summary);
    }
    return verification;
  }
}
