import { z } from 'zod';
import { PERSON_ROLES, type PersonRole, SERVICE_ROLES, type ServiceRole } from './staff-tokens';

/** The port of the dev stack's own OpenID provider, and so the default issuer. */
export const DEFAULT_DEV_OIDC_PORT = 3200;
export const DEFAULT_OIDC_AUDIENCE = 'urn:ipc-pathway:api';

const NATIONAL_CODE = /^[A-Z]\d{4}$/;

const roleRuleSchema = z
  .object({
    jobRole: z.string().regex(NATIONAL_CODE, 'must be a national RBAC job role code such as R8000').optional(),
    activity: z.string().regex(NATIONAL_CODE, 'must be a national RBAC activity code such as B0825').optional(),
    role: z.enum(PERSON_ROLES),
  })
  .strict()
  .refine((rule) => rule.jobRole !== undefined || rule.activity !== undefined, 'needs a jobRole, an activity or both');

/**
 * One line of the national-role mapping: a session whose selected role has this job role code
 * and/or activity code acts with this engine role. The first line that matches wins.
 */
export type RoleRule = z.infer<typeof roleRuleSchema>;

const serviceClientSchema = z
  .object({ clientId: z.string().min(1), siteId: z.string().min(1), role: z.enum(SERVICE_ROLES) })
  .strict();

/** A machine client of the issuer (client credentials) and the narrow role it acts with at one site. */
export interface ServiceClient {
  clientId: string;
  siteId: string;
  role: ServiceRole;
}

/**
 * The dev stack's mapping, in the style of CIS2's national RBAC (example codes: a site sets its own
 * through OIDC_ROLE_MAP). The budget approver is a care coordinator's job role with the approval
 * activity, so that line comes first.
 */
export const DEV_ROLE_MAP: RoleRule[] = [
  { jobRole: 'R8000', activity: 'B0825', role: 'budget-approver' },
  { jobRole: 'R8000', role: 'care-coordinator' },
  { jobRole: 'R8003', role: 'community-connector' },
  { jobRole: 'R5080', role: 'programme-lead' },
  { jobRole: 'R8008', role: 'administrator' },
  { jobRole: 'R8015', role: 'ig-lead' },
];

export const DEV_SERVICE_CLIENTS: ServiceClient[] = [
  { clientId: 'ipc-dev-recovery', siteId: 'dev-site', role: 'recovery-operator' },
  { clientId: 'ipc-dev-reporting', siteId: 'dev-site', role: 'programme-reporter' },
];

/** The dev provider's sites and their teams (the seeded staff's), so referrals can name them. */
export const DEV_SITE_TEAMS: Record<string, string[]> = {
  'dev-site': ['dev-team', 'dev-team-2'],
  'dev-site-b': ['dev-team-b'],
};

/** A variable holding JSON, parsed (then checked by the schema piped after it). */
export const json = z.string().transform((text, context) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    context.addIssue({ code: 'custom', message: 'must be JSON' });
    return z.NEVER;
  }
});

const port = z.coerce.number().int().min(1).max(65535);

/** The identity variables, merged into the one environment schema in app-config.ts. */
export const IDENTITY_ENVIRONMENT = {
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_AUDIENCE: z.string().min(1).default(DEFAULT_OIDC_AUDIENCE),
  OIDC_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  OIDC_JWKS_COOLDOWN_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  OIDC_JWKS_MAX_AGE_MS: z.coerce.number().int().min(0).max(86_400_000).default(600_000),
  OIDC_ROLE_MAP: json.pipe(z.array(roleRuleSchema).min(1)).default(DEV_ROLE_MAP),
  OIDC_SERVICE_CLIENTS: json.pipe(z.array(serviceClientSchema)).default(DEV_SERVICE_CLIENTS),
  DEV_OIDC_PORT: port.default(DEFAULT_DEV_OIDC_PORT),
  SITE_TEAMS: json.pipe(z.record(z.string().min(1), z.array(z.string().min(1)))).default(DEV_SITE_TEAMS),
  BREAK_GLASS_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
};

type IdentityEnvironment = z.output<z.ZodObject<typeof IDENTITY_ENVIRONMENT>>;

export interface IdentityConfig {
  /** The issuer whose access tokens the API accepts (found by OIDC discovery). */
  issuer: string;
  /** The `aud` an access token must carry: this API as the issuer's resource server. */
  audience: string;
  clockToleranceSeconds: number;
  /** How soon after one JWKS fetch another may be made when a token names an unknown key. */
  jwksCooldownMs: number;
  /** How long fetched keys are trusted before the set is fetched again (a withdrawn key lasts this long). */
  jwksMaxAgeMs: number;
  roleMap: RoleRule[];
  serviceClients: ServiceClient[];
  /** The dev stack's OpenID provider port (the default issuer is on it). */
  devProviderPort: number;
}

export function identityConfigFrom(vars: IdentityEnvironment): IdentityConfig {
  return {
    issuer: vars.OIDC_ISSUER ?? `http://127.0.0.1:${vars.DEV_OIDC_PORT}`,
    audience: vars.OIDC_AUDIENCE,
    clockToleranceSeconds: vars.OIDC_CLOCK_TOLERANCE_SECONDS,
    jwksCooldownMs: vars.OIDC_JWKS_COOLDOWN_MS,
    jwksMaxAgeMs: vars.OIDC_JWKS_MAX_AGE_MS,
    roleMap: vars.OIDC_ROLE_MAP,
    serviceClients: vars.OIDC_SERVICE_CLIENTS,
    devProviderPort: vars.DEV_OIDC_PORT,
  };
}

/** The engine role a national RBAC role (its role code and activity codes) maps to, if any. */
export function mapNationalRole(
  roleMap: readonly RoleRule[],
  national: { roleCode: string; activityCodes: readonly string[] },
): PersonRole | undefined {
  const jobRoles = national.roleCode.split(':');
  return roleMap.find(
    (rule) =>
      (rule.jobRole === undefined || jobRoles.includes(rule.jobRole)) &&
      (rule.activity === undefined || national.activityCodes.includes(rule.activity)),
  )?.role;
}
