import { randomUUID } from 'node:crypto';
import { parseStaffTokens, type StaffMember } from '@ipc/config';
import type { CaseOwner } from '@ipc/persistence';
import { SiteStaffDirectory } from '../../apps/api/src/common/site-staff.directory';

/** A care-team member of site A, as the auth guard hands them to a service. */
export const staffMember = (overrides: Partial<StaffMember> = {}): StaffMember => ({
  staffId: 'coordinator-a',
  siteId: 'site-a',
  teamId: 'team-a1',
  teams: [overrides.teamId ?? 'team-a1'],
  role: 'care-coordinator',
  account: 'person',
  authenticatedBy: 'static-token',
  ...overrides,
});

/** An open case's owner as the timeline repository finds it: referred (or identified) on 1 September 2026. */
export const caseOwner = (overrides: Partial<CaseOwner> = {}): CaseOwner => ({
  id: randomUUID(),
  stage: 'identified',
  openedOn: '2026-09-01',
  ...overrides,
});

/** A site staff directory holding these care coordinators (as STAFF_TOKENS would configure them) and no other teams. */
export function staffDirectoryOf(...members: Array<Pick<StaffMember, 'staffId' | 'siteId' | 'teamId'>>) {
  const staff = parseStaffTokens(
    JSON.stringify(
      members.map((member) => ({
        token: `token-${member.staffId}-${member.teamId}`,
        role: 'care-coordinator',
        ...member,
      })),
    ),
    'test',
  );
  return new SiteStaffDirectory({ staff, siteTeams: {} } as never);
}
