import { randomUUID } from 'node:crypto';
import { parseStaffTokens, type StaffMember, type StaffTokenEntry } from '@ipc/config';
import type { CaseOwner, StepEntry } from '@ipc/persistence';
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

/** A timeline entry as a case's activity records it: site A's coordinator identified the person; override any field. */
export const timelineEntry = (overrides: Partial<StepEntry> = {}): StepEntry => ({
  requestId: randomUUID(),
  sequence: 1,
  step: 'identification',
  fromStage: 'referred',
  toStage: 'identified',
  actor: { staffId: 'coordinator-a', teamId: 'team-a1' },
  effectiveOn: '2026-09-03',
  details: {},
  ...overrides,
});

/** A STAFF_TOKENS entry (person or service account) without its token. */
type WithoutToken<Entry> = Entry extends unknown ? Omit<Entry, 'token'> : never;

/** STAFF_TOKENS as the configuration holds them once parsed, each entry given a token of its own. */
export const configuredStaff = (...entries: WithoutToken<StaffTokenEntry>[]): ReadonlyMap<string, StaffMember> =>
  parseStaffTokens(
    JSON.stringify(
      entries.map((entry, index) => ({ token: `static-token-${String(index).padStart(4, '0')}`, ...entry })),
    ),
    'test',
  );

/** A site staff directory holding these staff (care coordinators unless a role is given) and no other teams. */
export function staffDirectoryOf(
  ...members: Array<Pick<StaffMember, 'staffId' | 'siteId' | 'teamId'> | WithoutToken<StaffTokenEntry>>
) {
  const staff = configuredStaff(
    ...members.map((member) => ('role' in member ? member : { role: 'care-coordinator' as const, ...member })),
  );
  return new SiteStaffDirectory({ staff, siteTeams: {} } as never);
}
