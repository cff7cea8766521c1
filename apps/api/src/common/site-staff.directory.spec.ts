import { configuredStaff } from '../../../../test/factories/case.factory';
import { SiteStaffDirectory } from './site-staff.directory';

const STAFF = configuredStaff(
  { staffId: 'coordinator-a', siteId: 'site-a', teamId: 'team-a1', teams: ['team-a3'], role: 'care-coordinator' },
  // The same person on a second token (a rotated one, say) is still one member.
  { staffId: 'coordinator-a', siteId: 'site-a', teamId: 'team-a1', role: 'care-coordinator' },
  { staffId: 'colleague-a', siteId: 'site-a', teamId: 'team-a2', role: 'community-connector' },
  { staffId: 'admin-a', siteId: 'site-a', teamId: 'team-a1', role: 'administrator' },
  { staffId: 'recovery-bot', siteId: 'site-a', account: 'service', role: 'recovery-operator' },
  { staffId: 'coordinator-b', siteId: 'site-b', teamId: 'team-b1', role: 'care-coordinator' },
);

describe(SiteStaffDirectory.name, () => {
  const sut = new SiteStaffDirectory({ staff: STAFF, siteTeams: { 'site-a': ['team-a9', 'team-a2'] } } as never);

  describe('staffOfSite', () => {
    it('should list each person of the site once, by staff id, with their team and role', async () => {
      await expect(sut.staffOfSite('site-a')).resolves.toEqual([
        { staffId: 'admin-a', teamId: 'team-a1', role: 'administrator' },
        { staffId: 'colleague-a', teamId: 'team-a2', role: 'community-connector' },
        { staffId: 'coordinator-a', teamId: 'team-a1', role: 'care-coordinator' },
      ]);
    });

    it('should leave out service accounts, which never hold a case', async () => {
      const staffIds = (await sut.staffOfSite('site-a')).map((member) => member.staffId);
      expect(staffIds).not.toContain('recovery-bot');
    });

    it('should list nobody for a site without staff', async () => {
      await expect(sut.staffOfSite('site-z')).resolves.toEqual([]);
    });
  });

  describe('findStaff', () => {
    it('should find a person of the site by staff id', async () => {
      await expect(sut.findStaff('site-a', 'colleague-a')).resolves.toEqual({
        staffId: 'colleague-a',
        teamId: 'team-a2',
        role: 'community-connector',
      });
    });

    it("should not find another site's staff member, nor a service account", async () => {
      await expect(sut.findStaff('site-a', 'coordinator-b')).resolves.toBeUndefined();
      await expect(sut.findStaff('site-a', 'recovery-bot')).resolves.toBeUndefined();
    });
  });

  describe('teamsOfSite', () => {
    it("should give the site's configured teams beside every team its staff belong to, once each and sorted", async () => {
      await expect(sut.teamsOfSite('site-a')).resolves.toEqual(['team-a1', 'team-a2', 'team-a3', 'team-a9']);
    });

    it("should give none of another site's teams", async () => {
      await expect(sut.teamsOfSite('site-b')).resolves.toEqual(['team-b1']);
    });
  });
});
