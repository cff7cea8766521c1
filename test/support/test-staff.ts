import type { PersonRole, StaffMember, StaffTokenEntry } from '@ipc/config';

type TestStaff = StaffMember & { token: string; role: PersonRole };

/** A person with a static token, as the auth guard describes them once the token is presented. */
const person = (token: string, staffId: string, siteId: string, teamId: string, role: PersonRole): TestStaff => ({
  token,
  staffId,
  siteId,
  teamId,
  teams: [teamId],
  role,
  account: 'person',
  authenticatedBy: 'static-token',
});

/**
 * Staff the tests act as (static tokens, taken only outside production): two teams at site A, a
 * team at site B, site A's connector, budget approver, programme lead, administrator and IG lead.
 */
export const staff = {
  coordinator: person('test-coordinator-site-a', 'coordinator-a', 'site-a', 'team-a1', 'care-coordinator'),
  colleague: person('test-colleague-site-a-team2', 'colleague-a', 'site-a', 'team-a2', 'care-coordinator'),
  connector: person('test-connector-site-a', 'connector-a', 'site-a', 'team-a1', 'community-connector'),
  budgetApprover: person('test-budget-approver-site-a', 'approver-a', 'site-a', 'team-a1', 'budget-approver'),
  igLead: person('test-ig-lead-site-a', 'ig-lead-a', 'site-a', 'team-a1', 'ig-lead'),
  otherSite: person('test-coordinator-site-b', 'coordinator-b', 'site-b', 'team-b1', 'care-coordinator'),
  programmeLead: person('test-programme-lead-a', 'lead-a', 'site-a', 'team-a1', 'programme-lead'),
  administrator: person('test-administrator-site-a', 'admin-a', 'site-a', 'team-a1', 'administrator'),
  /** Site P holds only the programme-figures test's people, so its figures can be checked exactly. */
  siteP: person('test-coordinator-site-p', 'coordinator-p', 'site-p', 'team-p1', 'care-coordinator'),
  siteProgrammeLead: person('test-programme-lead-site-p', 'lead-p', 'site-p', 'team-p1', 'programme-lead'),
  siteAdministrator: person('test-administrator-site-p', 'admin-p', 'site-p', 'team-p1', 'administrator'),
  /** Site Q holds only the programme budget-figures test's people. */
  siteQ: person('test-coordinator-site-q', 'coordinator-q', 'site-q', 'team-q1', 'care-coordinator'),
  siteQProgrammeLead: person('test-programme-lead-site-q', 'lead-q', 'site-q', 'team-q1', 'programme-lead'),
  siteQAdministrator: person('test-administrator-site-q', 'admin-q', 'site-q', 'team-q1', 'administrator'),
  /** Site O holds only the outcome-figures test's people, so every outcome figure can be checked exactly. */
  siteO: person('test-coordinator-site-o', 'coordinator-o', 'site-o', 'team-o1', 'care-coordinator'),
  siteOProgrammeLead: person('test-programme-lead-site-o', 'lead-o', 'site-o', 'team-o1', 'programme-lead'),
  siteOAdministrator: person('test-administrator-site-o', 'admin-o', 'site-o', 'team-o1', 'administrator'),
  /** Site R holds only the data return test's people, so a quarter's counts can be checked exactly. */
  siteR: person('test-coordinator-site-r', 'coordinator-r', 'site-r', 'team-r1', 'care-coordinator'),
  siteRProgrammeLead: person('test-programme-lead-site-r', 'lead-r', 'site-r', 'team-r1', 'programme-lead'),
  siteRAdministrator: person('test-administrator-site-r', 'admin-r', 'site-r', 'team-r1', 'administrator'),
  /** Site E holds only the evaluation extract test's people. */
  siteE: person('test-coordinator-site-e', 'coordinator-e', 'site-e', 'team-e1', 'care-coordinator'),
  siteEProgrammeLead: person('test-programme-lead-site-e', 'lead-e', 'site-e', 'team-e1', 'programme-lead'),
  siteEAdministrator: person('test-administrator-site-e', 'admin-e', 'site-e', 'team-e1', 'administrator'),
  /** Site S holds only the people-search test's people, so what a search finds can be checked exactly. */
  siteS: person('test-coordinator-site-s', 'coordinator-s', 'site-s', 'team-s1', 'care-coordinator'),
  /** Site W holds only the caseload test's people: two teams, so cases can move between them. */
  siteWCoordinator: person('test-coordinator-site-w', 'coordinator-w', 'site-w', 'team-w1', 'care-coordinator'),
  siteWConnector: person('test-connector-site-w', 'connector-w', 'site-w', 'team-w1', 'community-connector'),
  siteWColleague: person('test-colleague-site-w-team2', 'colleague-w', 'site-w', 'team-w2', 'care-coordinator'),
  siteWAdministrator: person('test-administrator-site-w', 'admin-w', 'site-w', 'team-w1', 'administrator'),
  /** Site C holds only the contract test's people and settings, which its generated requests change. */
  siteCCareTeam: person('test-coordinator-site-c', 'coordinator-c', 'site-c', 'team-c1', 'care-coordinator'),
  siteCProgrammeLead: person('test-programme-lead-site-c', 'lead-c', 'site-c', 'team-c1', 'programme-lead'),
  siteCAdministrator: person('test-administrator-site-c', 'admin-c', 'site-c', 'team-c1', 'administrator'),
  siteCIgLead: person('test-ig-lead-site-c', 'ig-lead-c', 'site-c', 'team-c1', 'ig-lead'),
} satisfies Record<string, TestStaff>;

/** Machine clients with their narrow roles (service accounts), which take static tokens in production too. */
export const serviceAccounts = {
  recovery: {
    token: 'test-service-recovery-site-a',
    account: 'service',
    staffId: 'nightly-recovery',
    siteId: 'site-a',
    role: 'recovery-operator',
  },
  reporting: {
    token: 'test-service-reporting-site-a',
    account: 'service',
    staffId: 'programme-reporting',
    siteId: 'site-a',
    role: 'programme-reporter',
  },
} satisfies Record<string, StaffTokenEntry>;

export const TEST_STAFF_TOKENS: StaffTokenEntry[] = [
  ...Object.values(staff).map(({ token, staffId, siteId, teamId, role }) => ({ token, staffId, siteId, teamId, role })),
  ...Object.values(serviceAccounts),
];
