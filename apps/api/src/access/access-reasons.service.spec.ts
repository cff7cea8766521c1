import { staffMember } from '../../../../test/factories/case.factory';
import { InMemoryRecordAccess } from '../../../../test/in-memory/in-memory-record-access.repository';
import { AccessReasonsService } from './access-reasons.service';
import { ListBreakGlassQuery } from './dto/access-reason.dto';

const PERSON = '0d6f3c1a-5b2e-4f7a-9c8d-1e2f3a4b5c6d';
const CARER = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const ELSEWHERE = 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f';
const REASON = { reason: 'Covering the duty line while the coordinator is on leave' };

const colleague = staffMember({ staffId: 'colleague-a', teamId: 'team-a2', teams: ['team-a2'] });
const listQuery = (filters: Partial<ListBreakGlassQuery> = {}) => Object.assign(new ListBreakGlassQuery(), filters);

describe(AccessReasonsService.name, () => {
  let records: InMemoryRecordAccess;
  let sut: AccessReasonsService;

  beforeEach(() => {
    records = new InMemoryRecordAccess();
    records.add('participant', PERSON, 'site-a', 'team-a1');
    records.add('carer', CARER, 'site-a', 'team-a1');
    records.add('participant', ELSEWHERE, 'site-b', 'team-b1');
    sut = new AccessReasonsService(records, { breakGlassMinutes: 45 });
  });

  /** Opens an access at a given instant, so a list's order and date filters have something to sort. */
  const openAt = (instant: string, staff = colleague, recordId = PERSON) => {
    records.now = () => new Date(instant);
    return sut.open(staff, 'participant', recordId, REASON);
  };

  describe('open', () => {
    it('should open the record to the staff member for the configured minutes, with their role and reason', async () => {
      records.now = () => new Date('2026-11-30T09:00:00.000Z');

      const access = await sut.open(colleague, 'participant', PERSON, REASON);

      expect(access).toEqual({
        id: expect.any(String),
        recordKind: 'participant',
        recordId: PERSON,
        staffId: 'colleague-a',
        staffRole: 'care-coordinator',
        reason: REASON.reason,
        openedAt: '2026-11-30T09:00:00.000Z',
        expiresAt: '2026-11-30T09:45:00.000Z',
      });
      expect(records.accesses).toEqual([expect.objectContaining({ id: access.id, siteId: 'site-a' })]);
    });

    it("should answer 404 for another site's record, an id that is not a UUID, or a record of the other kind", async () => {
      await expect(sut.open(colleague, 'participant', ELSEWHERE, REASON)).rejects.toMatchObject({
        problem: { status: 404, title: 'Participant not found' },
      });
      await expect(sut.open(colleague, 'participant', 'not-a-uuid', REASON)).rejects.toMatchObject({
        problem: { status: 404 },
      });
      await expect(sut.open(colleague, 'carer', PERSON, REASON)).rejects.toMatchObject({
        problem: { status: 404, title: 'Carer not found' },
      });
      expect(records.accesses).toEqual([]);
    });
  });

  describe('list', () => {
    it("should page the site's accesses newest first, with how many there are", async () => {
      await openAt('2026-11-01T09:00:00.000Z');
      await openAt('2026-11-03T09:00:00.000Z');
      await openAt('2026-11-02T09:00:00.000Z');
      await openAt('2026-11-04T09:00:00.000Z', staffMember({ siteId: 'site-b' }), ELSEWHERE);

      const page = await sut.list(staffMember({ role: 'ig-lead' }), listQuery({ page: 1, pageSize: 2 }));

      expect(page).toMatchObject({ page: 1, pageSize: 2, total: 3 });
      expect(page.items.map((access) => access.openedAt)).toEqual([
        '2026-11-03T09:00:00.000Z',
        '2026-11-02T09:00:00.000Z',
      ]);
    });

    it('should keep only the accesses of the staff member and record asked for, opened between from and to', async () => {
      await openAt('2026-11-01T09:00:00.000Z');
      await openAt('2026-11-02T09:00:00.000Z');
      await openAt('2026-11-02T10:00:00.000Z', staffMember());
      await openAt('2026-11-05T09:00:00.000Z');

      const page = await sut.list(
        staffMember({ role: 'ig-lead' }),
        listQuery({
          staffId: 'colleague-a',
          recordId: PERSON,
          from: '2026-11-02T00:00:00.000Z',
          to: '2026-11-04T00:00:00.000Z',
        }),
      );

      expect(page.total).toBe(1);
      expect(page.items).toEqual([
        expect.objectContaining({ staffId: 'colleague-a', openedAt: '2026-11-02T09:00:00.000Z' }),
      ]);
    });

    it('should refuse a from after to (400 on from)', async () => {
      await expect(
        sut.list(staffMember(), listQuery({ from: '2026-11-05T00:00:00Z', to: '2026-11-01T00:00:00Z' })),
      ).rejects.toMatchObject({
        problem: { status: 400, errors: [{ field: 'from', reason: 'must not be after to' }] },
      });
    });
  });
});
