import { z } from 'zod';
import { ConfigError } from './config-error';

/** Care-team staff, who work on the people of their caseload: the care-team role split by what each does. */
export const CARE_TEAM_ROLES = ['care-coordinator', 'community-connector', 'budget-approver'] as const;
/** Roles a person signs in with. */
export const PERSON_ROLES = [...CARE_TEAM_ROLES, 'programme-lead', 'administrator', 'ig-lead'] as const;
/** Narrow roles of machine clients (service accounts), which never act on one person's record. */
export const SERVICE_ROLES = ['recovery-operator', 'programme-reporter'] as const;
export const STAFF_ROLES = [...PERSON_ROLES, ...SERVICE_ROLES] as const;

export type CareTeamRole = (typeof CARE_TEAM_ROLES)[number];
export type PersonRole = (typeof PERSON_ROLES)[number];
export type ServiceRole = (typeof SERVICE_ROLES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Who is calling, however they were identified (a signed-in person's access token, a machine
 * client's token, a static token): the one description every guard, service and audit relies on.
 */
export interface StaffMember {
  /** The person's staff id (the token's subject), or the service account's name. */
  staffId: string;
  /** The organisation (site) they act for. */
  siteId: string;
  /** The team they act for: a new case goes to it, a step records it. */
  teamId: string;
  /** Every team they belong to, `teamId` first: their caseloads. */
  teams: string[];
  role: StaffRole;
  /** A person, or a machine client with a narrow role. */
  account: 'person' | 'service';
  /** How the request proved it: a verified access token from the issuer, or a configured static token. */
  authenticatedBy: 'oidc' | 'static-token';
}

const tokenText = z.string().min(16, 'must be at least 16 characters');

const personTokenSchema = z
  .object({
    token: tokenText,
    account: z.literal('person').default('person'),
    staffId: z.string().min(1),
    siteId: z.string().min(1),
    teamId: z.string().min(1),
    teams: z.array(z.string().min(1)).optional(),
    role: z.enum(PERSON_ROLES),
  })
  .strict();

const serviceTokenSchema = z
  .object({
    token: tokenText,
    account: z.literal('service'),
    /** The service account's name, recorded as the staff id of what it does. */
    staffId: z.string().min(1),
    siteId: z.string().min(1),
    role: z.enum(SERVICE_ROLES),
  })
  .strict();

const staffTokenSchema = z.array(z.union([serviceTokenSchema, personTokenSchema]));

/** One STAFF_TOKENS entry as written: a person (role from PERSON_ROLES) or a service account. */
export type StaffTokenEntry = z.input<typeof personTokenSchema> | z.input<typeof serviceTokenSchema>;

/** A service account belongs to no team; its steps (it takes none) would name this one. */
export const serviceTeamOf = (staffId: string) => `service:${staffId}`;

/**
 * Static bearer tokens: machine clients' service accounts anywhere, people's only outside
 * production (tests and the dev stack); a JSON array in STAFF_TOKENS.
 */
export function parseStaffTokens(json: string, env: string): ReadonlyMap<string, StaffMember> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ConfigError('Invalid configuration:\n  STAFF_TOKENS: must be a JSON array');
  }
  const parsed = staffTokenSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `STAFF_TOKENS[${issue.path.join('.')}]: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const people = parsed.data.flatMap((entry, index) => (entry.account === 'person' ? [index] : []));
  if (env === 'production' && people.length) {
    const refused = people.map(
      (index) =>
        `STAFF_TOKENS[${index}]: a person's static token is refused in production; people sign in through OIDC_ISSUER`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${refused.join('\n  ')}`);
  }
  return new Map(
    parsed.data.map((entry): [string, StaffMember] => {
      if (entry.account === 'service') {
        const { token, staffId, siteId, role } = entry;
        const teamId = serviceTeamOf(staffId);
        return [
          token,
          { staffId, siteId, teamId, teams: [], role, account: 'service', authenticatedBy: 'static-token' },
        ];
      }
      const { token, staffId, siteId, teamId, role } = entry;
      const teams = [...new Set([teamId, ...(entry.teams ?? [])])];
      return [token, { staffId, siteId, teamId, teams, role, account: 'person', authenticatedBy: 'static-token' }];
    }),
  );
}

/**
 * A site's teams: those named for it in SITE_TEAMS and those its static-token staff belong to, so a
 * case is never given to a team nobody is in.
 */
export function teamsOfSite(
  config: { staff: ReadonlyMap<string, StaffMember>; siteTeams: Readonly<Record<string, readonly string[]>> },
  siteId: string,
): string[] {
  const teams = new Set(config.siteTeams[siteId] ?? []);
  for (const member of config.staff.values()) {
    if (member.siteId === siteId) member.teams.forEach((team) => teams.add(team));
  }
  return [...teams].sort();
}
