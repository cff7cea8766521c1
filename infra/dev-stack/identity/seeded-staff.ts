/** One national RBAC role a seeded staff member holds, as the provider puts it in their token. */
export interface SeededRole {
  person_roleid: string;
  org_code: string;
  role_code: string;
  activity_codes: string[];
  workgroups_codes: string[];
}

export interface SeededStaffMember {
  /** What they type at the login form. */
  username: string;
  /** The token's subject: their staff id. */
  sub: string;
  name: string;
  roles: SeededRole[];
}

/** Every seeded account signs in with this password (a dev provider; nothing here is secret). */
export const DEV_PASSWORD = 'dev-password';

let roleIds = 0;
const role = (orgCode: string, roleCode: string, teams: string[], activities: string[] = []): SeededRole => ({
  person_roleid: `dev-role-${++roleIds}`,
  org_code: orgCode,
  role_code: roleCode,
  activity_codes: activities,
  workgroups_codes: teams,
});

const member = (username: string, name: string, ...roles: SeededRole[]): SeededStaffMember => ({
  username,
  sub: `dev-${username}`,
  name,
  roles,
});

/**
 * The dev provider's staff at two sites (`dev-site` with teams `dev-team` and `dev-team-2`,
 * `dev-site-b` with `dev-team-b`), one of each role, with CIS2-style job role codes the default
 * OIDC_ROLE_MAP maps; `unmapped` holds a code it does not, and `locum` a role at each site.
 */
export const SEEDED_STAFF: SeededStaffMember[] = [
  member('coordinator', 'Casey Coordinator', role('dev-site', 'S8000:G8000:R8000', ['dev-team'])),
  member('connector', 'Connie Connector', role('dev-site', 'S8000:G8001:R8003', ['dev-team'])),
  member('approver', 'Avery Approver', role('dev-site', 'S8000:G8000:R8000', ['dev-team'], ['B0825'])),
  member('lead', 'Lee Lead', role('dev-site', 'S8000:G8002:R5080', [])),
  member('admin', 'Addison Admin', role('dev-site', 'S8000:G8003:R8008', ['dev-team'])),
  member('ig-lead', 'Indra Governance', role('dev-site', 'S8000:G8003:R8015', [])),
  member('coordinator-2', 'Corey Second-Team', role('dev-site', 'S8000:G8000:R8000', ['dev-team-2'])),
  member('coordinator-b', 'Bea Other-Site', role('dev-site-b', 'S8000:G8000:R8000', ['dev-team-b'])),
  member('unmapped', 'Una Unmapped', role('dev-site', 'S8000:G8000:R9999', ['dev-team'])),
  member(
    'locum',
    'Lou Locum',
    role('dev-site', 'S8000:G8000:R8000', ['dev-team']),
    role('dev-site-b', 'S8000:G8000:R8000', ['dev-team-b']),
  ),
];

/** Machine clients (client credentials): the engine maps each to its narrow role (OIDC_SERVICE_CLIENTS). */
export const SEEDED_SERVICE_CLIENTS = [
  { clientId: 'ipc-dev-recovery', clientSecret: 'dev-recovery-secret' },
  { clientId: 'ipc-dev-reporting', clientSecret: 'dev-reporting-secret' },
];

/** The public client people sign in with from a terminal (`npm run token`) and the tests: code + PKCE. */
export const DEV_CLI_CLIENT = { clientId: 'ipc-dev-cli', redirectUri: 'http://127.0.0.1:8400/callback' };

/** A second resource server the provider issues tokens for, so a token for another service can be shown refused. */
export const OTHER_RESOURCE = 'urn:ipc:dev:other-service';

/**
 * The care-team console: a public client (PKCE, no secret) signing people in through the browser,
 * sent back to the console after signing out here too.
 */
export const DEV_CONSOLE_CLIENT_ID = 'ipc-console';
