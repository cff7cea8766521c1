import { parseStaffTokens, teamsOfSite } from './staff-tokens';

describe(teamsOfSite.name, () => {
  it("should list each team of the site's staff once, and no other site's", () => {
    const member = (token: string, siteId: string, teamId: string) => ({
      token: `${token}-token-long-enough`,
      staffId: token,
      siteId,
      teamId,
      role: 'care-coordinator',
    });
    const staff = parseStaffTokens(
      JSON.stringify([
        member('a', 'site-a', 'team-2'),
        member('b', 'site-a', 'team-1'),
        member('c', 'site-a', 'team-2'),
        member('d', 'site-b', 'team-9'),
      ]),
      'test',
    );
    const siteTeams = { 'site-a': ['team-3'], 'site-c': ['team-c'] };
    expect(teamsOfSite({ staff, siteTeams }, 'site-a')).toEqual(['team-1', 'team-2', 'team-3']);
    expect(teamsOfSite({ staff, siteTeams }, 'site-c')).toEqual(['team-c']);
    expect(teamsOfSite({ staff, siteTeams }, 'site-d')).toEqual([]);
  });
});
