import { randomUUID } from 'node:crypto';
import { AuditEntriesRepository, GENESIS_HASH, type NewAuditEntry } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { auditEntry } from '../factories/audit.factory';
import { openRunDatabase, ownSiteId } from '../support/persistence-database';

describe(AuditEntriesRepository.name, () => {
  let dataSource: DataSource;
  let sut: AuditEntriesRepository;

  const entry = (siteId: string, overrides: Partial<NewAuditEntry> = {}): NewAuditEntry =>
    auditEntry({ siteId, staffRole: 'care-team', ...overrides });

  async function appendMany(siteId: string, count: number, overrides: Partial<NewAuditEntry> = {}) {
    for (let index = 0; index < count; index++) await sut.append(entry(siteId, overrides));
    return (await sut.page(siteId, {}, { skip: 0, take: 100 })).items.reverse();
  }

  /** As a superuser with triggers off for this session only: what an intruder at the database could do. */
  async function tamper(sql: string, params: unknown[]) {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SET session_replication_role = replica`);
      await runner.query(sql, params);
    } finally {
      await runner.query(`RESET session_replication_role`);
      await runner.release();
    }
  }

  beforeAll(async () => {
    dataSource = await openRunDatabase();
    sut = new AuditEntriesRepository(dataSource);
  });

  afterAll(() => dataSource.destroy());

  describe('append', () => {
    it('should number, stamp and chain each entry to the previous one of its site', async () => {
      const site = ownSiteId();
      const [first, second] = await appendMany(site, 2);

      expect(first.prevHash).toBe(GENESIS_HASH);
      expect(second.prevHash).toBe(first.hash);
      expect(second.seq).toBeGreaterThan(first.seq);
      expect(first.occurredAt.getUTCMilliseconds()).toBe(first.occurredAt.getTime() % 1000);
    });

    it('should keep each chain linear under concurrent writers', async () => {
      const site = ownSiteId();
      await Promise.all(Array.from({ length: 40 }, () => sut.append(entry(site))));

      const verification = await sut.verify(site);
      expect(verification).toMatchObject({ entries: 40, breaks: [] });
    });

    it('should refuse to change, delete or empty the audit', async () => {
      const site = ownSiteId();
      const [written] = await appendMany(site, 1);

      await expect(
        dataSource.query(`UPDATE audit_entries SET status = 500 WHERE seq = $1`, [written.seq]),
      ).rejects.toThrow(/append-only: UPDATE refused/);
      await expect(dataSource.query(`DELETE FROM audit_entries WHERE seq = $1`, [written.seq])).rejects.toThrow(
        /append-only: DELETE refused/,
      );
      await expect(dataSource.query(`TRUNCATE audit_entries`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    });
  });

  describe('verify', () => {
    it('should find an untouched chain whole, with its head', async () => {
      const site = ownSiteId();
      const written = await appendMany(site, 3, { accessReason: 'Safeguarding "concern", out of hours\nurgent' });

      expect(await sut.verify(site)).toEqual({
        entries: 3,
        sites: [{ siteId: site, entries: 3, headSeq: written[2].seq, headHash: written[2].hash }],
        breaks: [],
      });
    });

    it('should name an entry changed after it was written', async () => {
      const site = ownSiteId();
      const written = await appendMany(site, 3);
      await tamper(`UPDATE audit_entries SET staff_id = 'someone-else' WHERE seq = $1`, [written[1].seq]);

      expect((await sut.verify(site)).breaks).toEqual([
        expect.objectContaining({ siteId: site, seq: written[1].seq, problem: 'changed' }),
      ]);
    });

    it('should name the entry after a deleted one, and a chain whose first entries are gone', async () => {
      const site = ownSiteId();
      const written = await appendMany(site, 4);
      await tamper(`DELETE FROM audit_entries WHERE seq = ANY($1)`, [[written[0].seq, written[2].seq]]);

      expect((await sut.verify(site)).breaks).toEqual([
        expect.objectContaining({ seq: written[1].seq, problem: 'missing-before' }),
        expect.objectContaining({
          seq: written[3].seq,
          problem: 'missing-before',
          detail: `entry ${written[3].seq} does not follow entry ${written[1].seq}: an entry between them is missing`,
        }),
      ]);
    });
  });

  describe('page', () => {
    it('should filter by record, staff member and period, newest first', async () => {
      const site = ownSiteId();
      const person = randomUUID();
      await sut.append(entry(site, { recordId: person, staffId: 'colleague-a' }));
      // PostgreSQL keeps microseconds and JavaScript milliseconds: a gap each side keeps `before` between.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const before = new Date();
      await new Promise((resolve) => setTimeout(resolve, 5));
      await sut.append(entry(site, { recordId: person, part: 'details' }));
      await sut.append(entry(site, { recordKind: 'carer', recordId: person }));
      await sut.append(entry(ownSiteId(), { recordId: person }));

      const ofPerson = await sut.page(site, { recordKind: 'participant', recordId: person }, { skip: 0, take: 10 });
      expect(ofPerson.total).toBe(2);
      expect(ofPerson.items.map((item) => item.part)).toEqual(['details', 'timeline']);
      expect((await sut.page(site, { staffId: 'colleague-a' }, { skip: 0, take: 10 })).total).toBe(1);
      expect((await sut.page(site, { from: before }, { skip: 0, take: 10 })).total).toBe(2);
      expect((await sut.page(site, { to: before }, { skip: 0, take: 10 })).total).toBe(1);
      expect((await sut.page(site, {}, { skip: 2, take: 10 })).items).toHaveLength(1);
    });
  });
});
