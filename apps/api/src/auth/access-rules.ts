import { CARE_TEAM_ROLES, STAFF_ROLES, type StaffRole } from '@ipc/config';
import type { RecordKind } from '@ipc/persistence';

const CARE_TEAM = CARE_TEAM_ROLES;

/**
 * The one table of who may do what: each action a route performs and the roles allowed it. A role
 * not listed gets 403. Actions on one person's or carer's record (`record`) also need a care
 * relationship (`relationship`): the record's care team, or a reason stated for access (break glass).
 * Programme leads and the reporting service see aggregates only: no action on a record lists them.
 */
export const ACCESS_RULES = {
  /** Who the caller's token signs them in as: anyone signed in. */
  'read-own-identity': { roles: STAFF_ROLES, record: false },
  'refer-person': { roles: [...CARE_TEAM, 'administrator'], record: false },
  'list-people': { roles: [...CARE_TEAM, 'administrator'], record: false },
  /** A staff member's or a team's caseload and worklists: the site's cases, no record opened. */
  'read-caseload': { roles: [...CARE_TEAM, 'administrator'], record: false },
  'read-record': { roles: [...CARE_TEAM, 'administrator', 'ig-lead'], record: true },
  'change-record': { roles: [...CARE_TEAM, 'administrator'], record: true },
  'approve-budget': { roles: ['budget-approver'], record: true },
  /** Stating a reason opens the record, so it needs the site only, not a relationship. */
  'state-access-reason': { roles: [...CARE_TEAM, 'administrator', 'ig-lead'], record: true, relationship: false },
  'review-access-reasons': { roles: ['ig-lead'], record: false },
  /** The audit is the IG lead's; a subject access request is a legal duty, not care: the site suffices. */
  'read-audit': { roles: ['ig-lead'], record: false },
  'read-access-log': { roles: ['ig-lead'], record: true, relationship: false },
  'export-subject-access': { roles: ['ig-lead'], record: true, relationship: false },
  'read-site-teams': { roles: [...CARE_TEAM, 'programme-lead', 'administrator', 'ig-lead'], record: false },
  'read-site-rules': { roles: [...CARE_TEAM, 'administrator'], record: false },
  'set-site-rules': { roles: ['administrator'], record: false },
  'read-programme-settings': { roles: ['programme-lead', 'administrator'], record: false },
  'read-programme-figures': { roles: ['programme-lead', 'administrator', 'programme-reporter'], record: false },
  /** Pseudonymised rows, one per consenting person: for the people who send it to the evaluators, not a machine. */
  'export-evaluation-extract': { roles: ['programme-lead', 'administrator'], record: false },
  'read-site-reminders': { roles: [...CARE_TEAM, 'administrator'], record: false },
  'resend-reminder': { roles: [...CARE_TEAM, 'administrator'], record: false },
  'read-coordinator-contacts': { roles: [...CARE_TEAM, 'administrator'], record: false },
  'set-coordinator-contacts': { roles: [...CARE_TEAM, 'administrator'], record: false },
  'read-recovery': { roles: ['administrator', 'recovery-operator'], record: false },
  'run-recovery': { roles: ['administrator', 'recovery-operator'], record: false },
  'decode-payloads': { roles: ['administrator'], record: false },
  /** The reminder queue's dashboard: jobs hold reminder ids only, and an administrator may retry them. */
  'operate-queues': { roles: ['administrator'], record: false },
} satisfies Record<string, AccessRule>;

interface AccessRule {
  roles: readonly StaffRole[];
  /** Whether the route acts on the record named by its `:id`. */
  record: boolean;
  /** For a record action: whether a care relationship (or break glass) is needed; yes unless false. */
  relationship?: boolean;
}

export type AccessAction = keyof typeof ACCESS_RULES;

/** What a route does, for the guard: the action and, for a record action, which kind of record `:id` is. */
export type RouteAccess = { action: AccessAction; recordKind?: RecordKind };

export const ruleOf = (action: AccessAction): AccessRule => ACCESS_RULES[action];

export const roleMayDo = (role: StaffRole, action: AccessAction): boolean =>
  (ruleOf(action).roles as readonly StaffRole[]).includes(role);
