import { type IdentityConfig, mapNationalRole, type StaffMember } from '@ipc/config';
import type { JWTPayload } from 'jose';

/** One of a person's national RBAC roles, as CIS2 puts it in `nhsid_nrbac_roles`. */
interface NationalRbacRole {
  person_roleid: string;
  /** The organisation the role is held at: this engine's site. */
  org_code: string;
  /** Colon-separated, `S8000:G8000:R8000`: the last part is the job role. */
  role_code: string;
  activity_codes?: string[];
  /** The workgroups (teams) the person belongs to in that role. */
  workgroups_codes?: string[];
}

export interface AccessTokenClaims extends JWTPayload {
  nhsid_nrbac_roles?: NationalRbacRole[];
  /** The role the person chose for this session. */
  selected_roleid?: string;
  client_id?: string;
}

/** Why a verified token does not describe someone the engine can act for: the 401's reason code. */
export type ClaimsRefusal = 'no-subject' | 'no-role-selected' | 'unknown-role' | 'unknown-client';

/** The team a person without a workgroup acts for (a programme lead, an IG lead). */
export const NO_TEAM = 'no-team';

const isRole = (value: unknown): value is NationalRbacRole =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as NationalRbacRole).person_roleid === 'string' &&
  typeof (value as NationalRbacRole).org_code === 'string' &&
  typeof (value as NationalRbacRole).role_code === 'string';

const codes = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string') : [];

/**
 * Who a verified access token describes: a person by their session's selected national RBAC role
 * (site from its organisation, teams from its workgroups, engine role through the configured
 * mapping), or a machine client of OIDC_SERVICE_CLIENTS with its narrow role.
 */
export function staffFromClaims(
  claims: AccessTokenClaims,
  identity: Pick<IdentityConfig, 'roleMap' | 'serviceClients'>,
): StaffMember | ClaimsRefusal {
  if (!claims.sub) return 'no-subject';
  if (claims.nhsid_nrbac_roles === undefined) {
    const clientId = claims.client_id ?? claims.sub;
    const client = identity.serviceClients.find((candidate) => candidate.clientId === clientId);
    if (!client || claims.sub !== clientId) return 'unknown-client';
    const { siteId, role } = client;
    return {
      staffId: clientId,
      siteId,
      teamId: `service:${clientId}`,
      teams: [],
      role,
      account: 'service',
      authenticatedBy: 'oidc',
    };
  }
  const roles = Array.isArray(claims.nhsid_nrbac_roles) ? claims.nhsid_nrbac_roles.filter(isRole) : [];
  const selected =
    claims.selected_roleid !== undefined
      ? roles.find((role) => role.person_roleid === claims.selected_roleid)
      : roles.length === 1
        ? roles[0]
        : undefined;
  if (!selected) return 'no-role-selected';
  const role = mapNationalRole(identity.roleMap, {
    roleCode: selected.role_code,
    activityCodes: codes(selected.activity_codes),
  });
  if (!role) return 'unknown-role';
  const teams = [...new Set(codes(selected.workgroups_codes))];
  return {
    staffId: claims.sub,
    siteId: selected.org_code,
    teamId: teams[0] ?? NO_TEAM,
    teams,
    role,
    account: 'person',
    authenticatedBy: 'oidc',
  };
}
