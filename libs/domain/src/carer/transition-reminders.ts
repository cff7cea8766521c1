import type { RequestReminderInput } from '../reminders';
import { daysBetween } from '../review/calendar-arithmetic';
import type { CarerTransitionKind } from './stages';

/** A transition point the carer's timer noticed on its reminder date: ids, codes and dates. */
export interface NoticedCarerTransition {
  carerId: string;
  siteId: string;
  transition: CarerTransitionKind;
  dueOn: string;
  remindOn: string;
}

/** A noticed point that passed its due date without an assessment or review. */
export interface OverdueCarerTransition {
  carerId: string;
  siteId: string;
  transition: CarerTransitionKind;
  dueOn: string;
  /** The day it is escalated: `afterDays` after `dueOn`. */
  escalateOn: string;
  afterDays: number;
}

/**
 * Who hears of a noticed transition point: the carer, and the team supporting them (`teamId`) so
 * the transition assessment or health check gets arranged. Each reminder is named by the point's
 * kind (its topic), so two points due the same day are two reminders.
 */
export function carerTransitionReminders(
  transition: NoticedCarerTransition,
  teamId: string,
): { toCarer: RequestReminderInput; toTeam: RequestReminderInput } {
  const about = {
    carerId: transition.carerId,
    siteId: transition.siteId,
    purpose: 'transition-due',
    topic: transition.transition,
    dueDate: transition.dueOn,
    leadDays: daysBetween(transition.remindOn, transition.dueOn),
    remindOn: transition.remindOn,
  } as const;
  return {
    toCarer: { ...about, recipientType: 'carer', recipientId: transition.carerId },
    toTeam: { ...about, recipientType: 'coordinator', recipientId: teamId },
  };
}

/** The team hears that a point passed unacted on, `afterDays` after it fell due (a negative lead). */
export function carerEscalationReminder(overdue: OverdueCarerTransition, teamId: string): RequestReminderInput {
  return {
    recipientType: 'coordinator',
    recipientId: teamId,
    carerId: overdue.carerId,
    siteId: overdue.siteId,
    purpose: 'transition-overdue-escalation',
    topic: overdue.transition,
    dueDate: overdue.dueOn,
    leadDays: -overdue.afterDays,
    remindOn: overdue.escalateOn,
  };
}
