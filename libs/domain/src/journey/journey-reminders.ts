import type { ReminderPurpose, RequestReminderInput } from '../reminders';
import type { JourneyState } from './journey-state';
import type { ReminderEvent } from './review-steps';

/** What a journey's reminder timer decided: ids, codes and dates, as it enters the history. */
export interface JourneyReminder {
  participantId: string;
  siteId: string;
  teamId: string;
  coordinatorId: string | null;
  /** The person's community connector, who follows up a person met through community connecting. */
  connectorId?: string | null;
  purpose: ReminderPurpose;
  dueDate: string;
  /** Days before the due date (negative: days after, for an escalation). */
  leadDays: number;
  remindOn: string;
}

const PURPOSES: Record<ReminderEvent['kind'], ReminderPurpose> = {
  'review-reminder': 'review-due',
  'review-escalation': 'review-overdue-escalation',
  'statement-reminder': 'statement-due',
  'follow-up-reminder': 'follow-up-due',
};

export function journeyReminderFor(state: JourneyState, event: ReminderEvent): JourneyReminder {
  return {
    participantId: state.participantId,
    siteId: state.siteId,
    teamId: state.teamId,
    coordinatorId: state.carePlan?.coordinatorId ?? null,
    ...(event.kind === 'follow-up-reminder' && { connectorId: state.communityConnectorId }),
    purpose: PURPOSES[event.kind],
    dueDate: event.dueOn,
    leadDays: event.kind === 'review-escalation' ? -event.afterDays : event.leadDays,
    remindOn: event.on,
  };
}

/**
 * Who hears about it. Ahead of a review: the person, their care coordinator and their carers (carers
 * take part in reviews); ahead of a statement: the person and the coordinator; once a review is
 * overdue by the site's margin: the team. `carerIds` are the person's carers still supported.
 */
export function journeyReminderRequests(reminder: JourneyReminder, carerIds: string[]): RequestReminderInput[] {
  const { participantId, siteId, purpose, dueDate, leadDays, remindOn } = reminder;
  const about = { participantId, siteId, purpose, dueDate, leadDays, remindOn };
  if (purpose === 'follow-up-due') {
    // The connector follows the person up; without one named, the team does.
    return [{ ...about, recipientType: 'coordinator', recipientId: reminder.connectorId ?? reminder.teamId }];
  }
  if (purpose === 'review-overdue-escalation') {
    return [{ ...about, recipientType: 'coordinator', recipientId: reminder.teamId }];
  }
  const requests: RequestReminderInput[] = [{ ...about, recipientType: 'participant', recipientId: participantId }];
  if (reminder.coordinatorId) {
    requests.push({ ...about, recipientType: 'coordinator', recipientId: reminder.coordinatorId });
  }
  if (purpose === 'review-due') {
    requests.push(...carerIds.map((carerId) => ({ ...about, recipientType: 'carer' as const, recipientId: carerId })));
  }
  return requests;
}
