import { randomUUID } from 'node:crypto';
import type {
  BreakGlassAccess,
  BreakGlassFilter,
  NewBreakGlassAccess,
  RecordAccessRepository,
  RecordKind,
} from '@ipc/persistence';

/** RecordAccessRepository's behaviour over maps: records by kind and id, and the accesses opened. */
export class InMemoryRecordAccess implements Omit<RecordAccessRepository, 'dataSource'> {
  readonly records = new Map<string, { kind: RecordKind; siteId: string; teamId: string; holders: string[] }>();
  readonly accesses: BreakGlassAccess[] = [];
  now = () => new Date();

  add(kind: RecordKind, id: string, siteId: string, teamId: string, holders: string[] = []): void {
    this.records.set(id, { kind, siteId, teamId, holders });
  }

  async careTeamOf(kind: RecordKind, recordId: string, siteId: string) {
    const record = this.records.get(recordId);
    return record && record.kind === kind && record.siteId === siteId
      ? { teamId: record.teamId, holders: record.holders }
      : undefined;
  }

  async open(access: NewBreakGlassAccess) {
    const { minutes, ...rest } = access;
    const openedAt = this.now();
    const opened = { ...rest, id: randomUUID(), openedAt, expiresAt: new Date(openedAt.getTime() + minutes * 60_000) };
    this.accesses.push(opened);
    return opened;
  }

  async openAccess(siteId: string, staffId: string, kind: RecordKind, recordId: string) {
    return this.accesses
      .filter((access) => access.siteId === siteId && access.staffId === staffId)
      .filter((access) => access.recordKind === kind && access.recordId === recordId)
      .filter((access) => access.expiresAt > this.now())
      .sort((a, b) => b.expiresAt.getTime() - a.expiresAt.getTime())[0];
  }

  async list(filter: BreakGlassFilter, page: { page: number; pageSize: number }) {
    const matching = this.accesses
      .filter((access) => access.siteId === filter.siteId)
      .filter((access) => !filter.staffId || access.staffId === filter.staffId)
      .filter((access) => !filter.recordId || access.recordId === filter.recordId)
      .filter(
        (access) => (!filter.from || access.openedAt >= filter.from) && (!filter.to || access.openedAt <= filter.to),
      )
      .sort((a, b) => b.openedAt.getTime() - a.openedAt.getTime());
    const start = (page.page - 1) * page.pageSize;
    return { items: matching.slice(start, start + page.pageSize), total: matching.length };
  }
}
