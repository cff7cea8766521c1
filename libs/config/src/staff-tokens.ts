import { z } from 'zod';
import { ConfigError } from './config-error';

export const STAFF_ROLES = ['care-team', 'programme-lead', 'administrator', 'ig-lead'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffMember {
  staffId: string;
  siteId: string;
  teamId: string;
  role: StaffRole;
}

const staffTokenSchema = z.array(
  z.object({
    token: z.string().min(16, 'must be at least 16 characters'),
    staffId: z.string().min(1),
    siteId: z.string().min(1),
    teamId: z.string().min(1),
    role: z.enum(STAFF_ROLES),
  }),
);

/** Bearer tokens for staff, until an identity provider is wired in: a JSON array in STAFF_TOKENS. */
export function parseStaffTokens(json: string): ReadonlyMap<string, StaffMember> {
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
  return new Map(parsed.data.map(({ token, ...staff }) => [token, staff]));
}

/**
 * A site's teams: those its configured staff belong to. Staff and their teams come from one place
 * (STAFF_TOKENS, later the identity provider), so a case is never given to a team nobody is in.
 */
export function teamsOfSite(staff: ReadonlyMap<string, StaffMember>, siteId: string): string[] {
  const teams = new Set(
    [...staff.values()].filter((member) => member.siteId === siteId).map((member) => member.teamId),
  );
  return [...teams].sort();
}
