import { DEV_ROLE_MAP, DEV_SERVICE_CLIENTS } from '@ipc/config';
import { type AccessTokenClaims, staffFromClaims } from './national-rbac-claims';

const identity = { roleMap: DEV_ROLE_MAP, serviceClients: DEV_SERVICE_CLIENTS };

const coordinatorRole = {
  person_roleid: '555021935107',
  org_code: 'site-a',
  role_code: 'S8000:G8000:R8000',
  activity_codes: ['B0264'],
  workgroups_codes: ['team-a1', 'team-a2'],
};
const leadRole = { person_roleid: '555021935108', org_code: 'site-a', role_code: 'S8000:G8000:R5080' };

describe(staffFromClaims.name, () => {
  it("should describe a person by the session's selected role: site, teams and mapped role", () => {
    const claims: AccessTokenClaims = {
      sub: '910000000001',
      nhsid_nrbac_roles: [leadRole, coordinatorRole],
      selected_roleid: '555021935107',
    };
    expect(staffFromClaims(claims, identity)).toEqual({
      staffId: '910000000001',
      siteId: 'site-a',
      teamId: 'team-a1',
      teams: ['team-a1', 'team-a2'],
      role: 'care-coordinator',
      account: 'person',
      authenticatedBy: 'oidc',
    });
  });

  it('should take the only role when none is selected, and refuse a choice among several', () => {
    expect(staffFromClaims({ sub: 'p', nhsid_nrbac_roles: [leadRole] }, identity)).toMatchObject({
      role: 'programme-lead',
      teams: [],
    });
    expect(staffFromClaims({ sub: 'p', nhsid_nrbac_roles: [leadRole, coordinatorRole] }, identity)).toBe(
      'no-role-selected',
    );
    expect(
      staffFromClaims({ sub: 'p', nhsid_nrbac_roles: [leadRole], selected_roleid: 'someone-else' }, identity),
    ).toBe('no-role-selected');
  });

  it('should refuse a role code the mapping does not name', () => {
    const unmapped = { ...coordinatorRole, role_code: 'S8000:G8000:R9999' };
    expect(staffFromClaims({ sub: 'p', nhsid_nrbac_roles: [unmapped] }, identity)).toBe('unknown-role');
  });

  it('should describe a configured machine client with its narrow role, and refuse any other', () => {
    expect(staffFromClaims({ sub: 'ipc-dev-reporting', client_id: 'ipc-dev-reporting' }, identity)).toMatchObject({
      staffId: 'ipc-dev-reporting',
      siteId: 'dev-site',
      role: 'programme-reporter',
      account: 'service',
    });
    expect(staffFromClaims({ sub: 'someone', client_id: 'ipc-dev-reporting' }, identity)).toBe('unknown-client');
    expect(staffFromClaims({ sub: 'other-client', client_id: 'other-client' }, identity)).toBe('unknown-client');
  });
});
