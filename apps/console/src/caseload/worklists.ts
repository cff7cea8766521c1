import type { WorklistName } from '@ipc/domain';

/** Each worklist in plain English: its title and what the date beside each case means. */
export const WORKLIST_TITLES: Record<WorklistName, { title: string; on: string }> = {
  'new-referrals': { title: 'New referrals, not yet identified', on: 'Referred' },
  'awaiting-consent': { title: 'Waiting too long for consent', on: 'Waiting since' },
  stalled: { title: 'No step for a while', on: 'Last step' },
  'plan-without-isr': { title: 'A plan but no Individual Statement of Resources (ISR)', on: 'In stage since' },
  'budget-decision-overdue': { title: 'Agreed plan, budget decision overdue', on: 'Plan agreed' },
  'reviews-due': { title: 'Reviews due soon', on: 'Review due' },
  'reviews-overdue': { title: 'Reviews overdue', on: 'Review was due' },
  'carer-transitions': { title: 'Carers’ transition points coming', on: 'Due' },
  'failed-reminders': { title: 'Reminders that could not be sent', on: 'Failed' },
  'follow-up-due': { title: 'Light-touch follow-up due', on: 'Due' },
};

export function isWorklistName(name: string): name is WorklistName {
  return Object.hasOwn(WORKLIST_TITLES, name);
}
