import type { StaffMember } from '@ipc/config';

type TestStaff = StaffMember & { token: string };

/** Staff the tests act as: two teams at site A, a team at site B, site A's programme lead and administrator. */
export const staff = {
  coordinator: {
    token: 'test-coordinator-site-a',
    staffId: 'coordinator-a',
    siteId: 'site-a',
    teamId: 'team-a1',
    role: 'care-team',
  },
  colleague: {
    token: 'test-colleague-site-a-team2',
    staffId: 'colleague-a',
    siteId: 'site-a',
    teamId: 'team-a2',
    role: 'care-team',
  },
  otherSite: {
    token: 'test-coordinator-site-b',
    staffId: 'coordinator-b',
    siteId: 'site-b',
    teamId: 'team-b1',
    role: 'care-team',
  },
  programmeLead: {
    token: 'test-programme-lead-a',
    staffId: 'lead-a',
    siteId: 'site-a',
    teamId: 'team-a1',
    role: 'programme-lead',
  },
  administrator: {
    token: 'test-administrator-site-a',
    staffId: 'admin-a',
    siteId: 'site-a',
    teamId: 'team-a1',
    role: 'administrator',
  },
  /** Site A's information-governance lead: the audit and subject access exports. */
  igLead: {
    token: 'test-ig-lead-site-a',
    staffId: 'ig-lead-a',
    siteId: 'site-a',
    teamId: 'team-a1',
    role: 'ig-lead',
  },
  /** Site P holds only the programme-figures test's people, so its figures can be checked exactly. */
  siteP: {
    token: 'test-coordinator-site-p',
    staffId: 'coordinator-p',
    siteId: 'site-p',
    teamId: 'team-p1',
    role: 'care-team',
  },
  siteProgrammeLead: {
    token: 'test-programme-lead-site-p',
    staffId: 'lead-p',
    siteId: 'site-p',
    teamId: 'team-p1',
    role: 'programme-lead',
  },
  siteAdministrator: {
    token: 'test-administrator-site-p',
    staffId: 'admin-p',
    siteId: 'site-p',
    teamId: 'team-p1',
    role: 'administrator',
  },
  /** Site Q holds only the programme budget-figures test's people. */
  siteQ: {
    token: 'test-coordinator-site-q',
    staffId: 'coordinator-q',
    siteId: 'site-q',
    teamId: 'team-q1',
    role: 'care-team',
  },
  siteQProgrammeLead: {
    token: 'test-programme-lead-site-q',
    staffId: 'lead-q',
    siteId: 'site-q',
    teamId: 'team-q1',
    role: 'programme-lead',
  },
  siteQAdministrator: {
    token: 'test-administrator-site-q',
    staffId: 'admin-q',
    siteId: 'site-q',
    teamId: 'team-q1',
    role: 'administrator',
  },
  /** Site S holds only the people-search test's people, so what a search finds can be checked exactly. */
  siteS: {
    token: 'test-coordinator-site-s',
    staffId: 'coordinator-s',
    siteId: 'site-s',
    teamId: 'team-s1',
    role: 'care-team',
  },
  /** Site C holds only the contract test's people and settings, which its generated requests change. */
  siteCCareTeam: {
    token: 'test-coordinator-site-c',
    staffId: 'coordinator-c',
    siteId: 'site-c',
    teamId: 'team-c1',
    role: 'care-team',
  },
  siteCProgrammeLead: {
    token: 'test-programme-lead-site-c',
    staffId: 'lead-c',
    siteId: 'site-c',
    teamId: 'team-c1',
    role: 'programme-lead',
  },
  siteCAdministrator: {
    token: 'test-administrator-site-c',
    staffId: 'admin-c',
    siteId: 'site-c',
    teamId: 'team-c1',
    role: 'administrator',
  },
  siteCIgLead: {
    token: 'test-ig-lead-site-c',
    staffId: 'ig-lead-c',
    siteId: 'site-c',
    teamId: 'team-c1',
    role: 'ig-lead',
  },
} satisfies Record<string, TestStaff>;

export const TEST_STAFF_TOKENS: TestStaff[] = Object.values(staff);
