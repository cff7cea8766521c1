import { randomUUID } from 'node:crypto';
import { parseStaffTokens, type StaffMember, type StaffTokenEntry } from '@ipc/config';
import type { CaseOwner } from '@ipc/persistence';

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
