import type { DueEvent, JourneyState, RequestReminderInput } from '@ipc/domain';

type ReviewEvent = Exclude<DueEvent, { kind: 'statement' }>;

/**
 * Who hears about a review: ahead of it, the person and their care coordinator; once it is overdue
 * by the site's margin, the team. Ids only: the reminder service looks up how to reach them.
 */
export function reviewReminderRequests(state: JourneyState, event: ReviewEvent): RequestReminderInput[] {
  const about = { participantId: state.participantId, siteId: state.siteId, dueDate: event.dueOn };
  if (event.kind === 'review-escalation') {
    return [
      {
        ...about,
        recipientType: 'coordinator',
        recipientId: state.teamId,
        purpose: 'review-overdue-escalation',
        leadDays: -event.afterDays,
      },
    ];
  }
  const reminders: RequestReminderInput[] = [
    {
      ...about,
      recipientType: 'participant',
      recipientId: state.participantId,
      purpose: 'review-due',
      leadDays: event.leadDays,
    },
  ];
  const coordinatorId = state.carePlan?.coordinatorId;
  if (coordinatorId) {
    reminders.push({
      ...about,
      recipientType: 'coordinator',
      recipientId: coordinatorId,
      purpose: 'review-due',
      leadDays: event.leadDays,
    });
  }
  return reminders;
}
