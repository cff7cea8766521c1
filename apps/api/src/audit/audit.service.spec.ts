import type { AuditEntriesRepository } from '@ipc/persistence';
import { auditEntry } from '../../../../test/factories/audit.factory';
import { carerRegistrationRecords, newCarerView } from '../../../../test/factories/carer-records.factory';
import { staffMember } from '../../../../test/factories/case.factory';
import { participantRow } from '../../../../test/factories/participant.factory';
import { personDetails } from '../../../../test/factories/person-details.factory';
import { InMemoryAuditEntries } from '../../../../test/in-memory/in-memory-audit-entries.repository';
import { carersServiceOver, InMemoryCarersRepository } from '../../../../test/in-memory/in-memory-carers.repository';
import { InMemoryParticipants, participantsServiceOver } from '../../../../test/in-memory/journey-stores';
import { PageQuery } from '../common/page.query';
import { AuditService } from './audit.service';
import { AuditQuery } from './dto/audit.query';

const igLead = staffMember({ staffId: 'ig-lead-a', role: 'ig-lead' });
const query = (fields: Partial<AuditQuery> = {}) => Object.assign(new AuditQuery(), fields);
const page = (fields: Partial<PageQuery> = {}) => Object.assign(new PageQuery(), fields);

describe(AuditService.name, () => {
  let entries: InMemoryAuditEntries;
  let participants: InMemoryParticipants;
  let carers: InMemoryCarersRepository;
  let sut: AuditService;

  beforeEach(() => {
    entries = new InMemoryAuditEntries();
    participants = new InMemoryParticipants();
    carers = new InMemoryCarersRepository();
    sut = new AuditService(
      entries as unknown as AuditEntriesRepository,
      participantsServiceOver(participants),
      carersServiceOver(carers),
    );
  });

  /** Appends one entry at each instant given. */
  async function appendAt(instants: string[], overrides: Parameters<typeof auditEntry>[0] = {}) {
    for (const instant of instants) {
      entries.now = () => new Date(instant);
      await entries.append(auditEntry(overrides));
    }
  }

  async function registeredCarer(siteId = 'site-a') {
    const { registration, entry, preferences } = carerRegistrationRecords(newCarerView({ siteId }));
    await carers.register(registration, entry, preferences, personDetails(), async () => undefined);
    return registration.carerId;
  }

  describe('list', () => {
    it("should page the site's entries newest first, as the IG lead reads them", async () => {
      await appendAt(['2026-11-01T09:00:00.000Z', '2026-11-02T09:00:00.000Z', '2026-11-03T09:00:00.000Z']);
      await appendAt(['2026-11-04T09:00:00.000Z'], { siteId: 'site-b' });

      const answer = await sut.list(igLead, query({ page: 1, pageSize: 2 }));

      expect(answer).toMatchObject({ page: 1, pageSize: 2, total: 3 });
      expect(answer.items.map((item) => item.occurredAt)).toEqual([
        '2026-11-03T09:00:00.000Z',
        '2026-11-02T09:00:00.000Z',
      ]);
      const [newest] = answer.items;
      expect(newest).toEqual({
        seq: 3,
        occurredAt: '2026-11-03T09:00:00.000Z',
        staffId: 'coordinator-a',
        staffRole: 'care-coordinator',
        recordKind: 'participant',
        recordId: entries.entries[2].recordId,
        part: 'timeline',
        accessReason: null,
        requestId: entries.entries[2].requestId,
        method: 'GET',
        route: '/api/v1/participants/:id/timeline',
        status: 200,
        hash: entries.entries[2].hash,
      });
    });

    it("should keep a participant's or a carer's entries by their id, one staff member's, from inclusive to exclusive", async () => {
      const person = participantRow().id;
      await appendAt(['2026-11-01T09:00:00.000Z', '2026-11-02T09:00:00.000Z'], { recordId: person });
      await appendAt(['2026-11-02T10:00:00.000Z'], { recordId: person, staffId: 'colleague-a' });
      await appendAt(['2026-11-03T09:00:00.000Z'], { recordId: person });
      await appendAt(['2026-11-02T11:00:00.000Z'], { recordKind: 'carer', recordId: person });

      const found = await sut.list(
        igLead,
        query({
          participantId: person,
          staffId: 'coordinator-a',
          from: '2026-11-02T09:00:00.000Z',
          to: '2026-11-03T09:00:00.000Z',
        }),
      );
      expect(found.items.map((item) => [item.recordKind, item.occurredAt])).toEqual([
        ['participant', '2026-11-02T09:00:00.000Z'],
      ]);

      const ofCarer = await sut.list(igLead, query({ carerId: person }));
      expect(ofCarer.items.map((item) => item.recordKind)).toEqual(['carer']);
    });

    it('should refuse a participantId and a carerId together (400 on carerId)', async () => {
      const id = participantRow().id;
      await expect(sut.list(igLead, query({ participantId: id, carerId: id }))).rejects.toMatchObject({
        problem: { status: 400, errors: [{ field: 'carerId', reason: 'give participantId or carerId, not both' }] },
      });
    });

    it('should refuse a period that starts after it ends (400 on from), as the break-glass list does', async () => {
      await expect(sut.list(igLead, query({ from: '2026-12-02', to: '2026-12-01' }))).rejects.toMatchObject({
        problem: { status: 400, errors: [{ field: 'from', reason: 'must not be after to' }] },
      });
    });
  });

  describe('accessLog', () => {
    it("should page the entries of a participant of the site, newest first, and no one else's", async () => {
      const row = participantRow();
      participants.rows.push(row);
      await appendAt(['2026-11-01T09:00:00.000Z', '2026-11-02T09:00:00.000Z'], { recordId: row.id });
      await appendAt(['2026-11-03T09:00:00.000Z']);

      const log = await sut.accessLog(igLead, 'participant', row.id, page({ pageSize: 1 }));

      expect(log).toMatchObject({ page: 1, pageSize: 1, total: 2 });
      expect(log.items).toEqual([
        expect.objectContaining({ recordId: row.id, occurredAt: '2026-11-02T09:00:00.000Z' }),
      ]);
    });

    it("should give a carer's entries, found at the site", async () => {
      const carerId = await registeredCarer();
      await appendAt(['2026-11-01T09:00:00.000Z'], { recordKind: 'carer', recordId: carerId, part: 'carer' });

      const log = await sut.accessLog(igLead, 'carer', carerId, page());

      expect(log.items).toEqual([expect.objectContaining({ recordKind: 'carer', recordId: carerId, part: 'carer' })]);
    });

    it("should answer 404 for another site's participant or carer, or an id that is not a UUID", async () => {
      const elsewhere = participantRow({ siteId: 'site-b' });
      participants.rows.push(elsewhere);
      const carerElsewhere = await registeredCarer('site-b');
      await expect(sut.accessLog(igLead, 'participant', elsewhere.id, page())).rejects.toMatchObject({ status: 404 });
      await expect(sut.accessLog(igLead, 'carer', carerElsewhere, page())).rejects.toMatchObject({ status: 404 });
      await expect(sut.accessLog(igLead, 'participant', 'not-a-uuid', page())).rejects.toMatchObject({ status: 404 });
    });
  });

  describe('wholeAccessLog', () => {
    it('should gather every entry of a long log, newest first, reading it in batches', async () => {
      const person = participantRow().id;
      for (let index = 0; index < 1001; index++) await entries.append(auditEntry({ recordId: person }));
      await entries.append(auditEntry());

      const log = await sut.wholeAccessLog(igLead, 'participant', person);

      expect(log).toHaveLength(1001);
      expect(log[0].seq).toBe(1001);
      expect(log.at(-1)?.seq).toBe(1);
      expect(entries.windowsRead).toEqual([
        { skip: 0, take: 500 },
        { skip: 500, take: 500 },
        { skip: 1000, take: 500 },
      ]);
    });

    it("should give nothing of another site's entries for the same record", async () => {
      const person = participantRow().id;
      await appendAt(['2026-11-01T09:00:00.000Z'], { recordId: person, siteId: 'site-b' });
      await expect(sut.wholeAccessLog(igLead, 'participant', person)).resolves.toEqual([]);
    });
  });

  describe('verify', () => {
    it('should report an intact chain with its head, and a site with no entries as intact and empty', async () => {
      await appendAt(['2026-11-01T09:00:00.000Z', '2026-11-02T09:00:00.000Z']);

      await expect(sut.verify(igLead)).resolves.toEqual({
        verified: true,
        entries: 2,
        headSeq: 2,
        headHash: entries.entries[1].hash,
        breaks: [],
      });
      await expect(sut.verify(staffMember({ siteId: 'site-z' }))).resolves.toEqual({
        verified: true,
        entries: 0,
        headSeq: null,
        headHash: null,
        breaks: [],
      });
    });

    it('should name an entry changed after it was written and the one after a missing entry', async () => {
      await appendAt(['2026-11-01T09:00:00.000Z', '2026-11-02T09:00:00.000Z', '2026-11-03T09:00:00.000Z']);
      await appendAt(['2026-11-04T09:00:00.000Z']);
      entries.entries[0].staffId = 'someone-else';
      entries.entries.splice(2, 1);

      const verification = await sut.verify(igLead);

      expect(verification).toMatchObject({ verified: false, entries: 3, headSeq: 4 });
      expect(verification.breaks).toEqual([
        { seq: 1, problem: 'changed', detail: expect.stringContaining('entry 1 was changed') },
        { seq: 4, problem: 'missing-before', detail: expect.stringContaining('does not follow entry 2') },
      ]);
    });

    it("should not be broken by another site's chain", async () => {
      await appendAt(['2026-11-01T09:00:00.000Z']);
      await appendAt(['2026-11-01T10:00:00.000Z'], { siteId: 'site-b' });
      entries.entries[1].status = 500;

      await expect(sut.verify(igLead)).resolves.toMatchObject({ verified: true, entries: 1, headSeq: 1 });
    });
  });
});
