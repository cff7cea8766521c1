import { WORKLIST_NAMES, type WorklistDates } from '@ipc/domain';
import type { CaseloadRepository } from '@ipc/persistence';
import { staffDirectoryOf, staffMember } from '../../../../test/factories/case.factory';
import { InMemorySiteSettingsRepository } from '../../../../test/in-memory/in-memory-site-settings.repository';
import { CaseloadService } from './caseload.service';

const STAFF = staffDirectoryOf(
  { staffId: 'coordinator-a', siteId: 'site-a', teamId: 'team-a1' },
  { staffId: 'coordinator-b', siteId: 'site-b', teamId: 'team-b1' },
);

describe(CaseloadService.name, () => {
  let asked: WorklistDates[];
  let settings: InMemorySiteSettingsRepository;
  let sut: CaseloadService;

  beforeEach(() => {
    asked = [];
    settings = new InMemorySiteSettingsRepository();
    const caseloads: Pick<CaseloadRepository, 'worklistCounts' | 'worklist' | 'staffCaseload' | 'teamCaseload'> = {
      worklistCounts: async (_scope, dates) => {
        asked.push(dates);
        return Object.fromEntries(WORKLIST_NAMES.map((name, index) => [name, index])) as never;
      },
      worklist: async (_name, _scope, dates) => {
        asked.push(dates);
        return { rows: [], total: 0 };
      },
      staffCaseload: async () => ({ rows: [], total: 0 }),
      teamCaseload: async () => ({ rows: [], total: 0 }),
    };
    sut = new CaseloadService(caseloads as CaseloadRepository, settings, STAFF);
  });

  describe('worklists', () => {
    it('should count every worklist in the order they are named, with the site’s thresholds over the defaults', async () => {
      await sut.replaceThresholds(staffMember(), { consentWaitDays: 3 });
      const answer = await sut.worklists(staffMember(), 'team-a1');

      expect(answer.worklists.map((list) => list.name)).toEqual([...WORKLIST_NAMES]);
      expect(answer.thresholds).toMatchObject({ consentWaitDays: 3, budgetDecisionDays: 28 });
      expect(asked[0].today).toBe(answer.asOf);
    });

    it('should answer 404 for a team of another site', async () => {
      await expect(sut.worklists(staffMember(), 'team-b1')).rejects.toMatchObject({ problem: { status: 404 } });
    });
  });

  describe('worklist', () => {
    it('should answer 404 for a worklist that does not exist, and page one that does', async () => {
      await expect(
        sut.worklist(staffMember(), 'team-a1', 'everything', { page: 1, pageSize: 25 }),
      ).rejects.toMatchObject({ problem: { status: 404, title: 'Worklist not found' } });
      await expect(sut.worklist(staffMember(), 'team-a1', 'stalled', { page: 2, pageSize: 10 })).resolves.toEqual({
        items: [],
        page: 2,
        pageSize: 10,
        total: 0,
      });
    });
  });
});
