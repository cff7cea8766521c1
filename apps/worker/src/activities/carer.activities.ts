import { carerEscalationReminder, carerTransitionReminders, type RequestReminderInput } from '@ipc/domain';
import type { CarersRepository } from '@ipc/persistence';
import type {
  CarerActivities,
  CarerTransitionDueInput,
  CarerTransitionOverdueInput,
  RecordCarerStepInput,
} from '@ipc/workflows';

export interface CarerActivityDependencies {
  carers: Pick<CarersRepository, 'recordStep' | 'recordTransitionDue' | 'setTransitionReminder' | 'teamOf'>;
  /**
   * Asks reminder delivery for a reminder (the reminder producer), idempotent by its key: recipient,
   * purpose and topic, due date, lead time and the carer it is about. Optional: without it a noticed
   * transition is only recorded.
   */
  requestReminder?: (input: RequestReminderInput) => Promise<{ reminderId: string }>;
}

/**
 * Sends the reminders the domain builds for a noticed transition (to the carer and to their team)
 * and keeps the carer's reminder id on the point. Called on every attempt (each request is
 * idempotent by its key, which names the transition kind), so a crash between the record and the
 * requests loses none. Ids, codes and dates only; delivery looks up how to reach each recipient.
 */
async function requestTransitionReminders(
  requestReminder: CarerActivityDependencies['requestReminder'],
  carers: CarerActivityDependencies['carers'],
  transition: CarerTransitionDueInput,
): Promise<void> {
  if (!requestReminder) return;
  const teamId = await carers.teamOf(transition.carerId);
  const { toCarer, toTeam } = carerTransitionReminders(transition, teamId);
  const [{ reminderId }] = await Promise.all([requestReminder(toCarer), requestReminder(toTeam)]);
  await carers.setTransitionReminder(transition, reminderId);
}

/**
 * Persists what a carer's workflow decides: each accepted step (timeline entry and read model, keyed
 * by request id) and each transition point noticed (one row per carer, kind and due date), so a
 * retried activity changes nothing twice and a late write never overwrites a newer state.
 */
export function createCarerActivities({ carers, requestReminder }: CarerActivityDependencies): CarerActivities {
  return {
    async recordCarerStep({ step, fromStage, carer }: RecordCarerStepInput): Promise<void> {
      await carers.recordStep({
        carerId: carer.carerId,
        requestId: step.requestId,
        sequence: carer.sequence,
        step: step.name,
        fromStage,
        toStage: carer.stage,
        actor: step.actor,
        effectiveOn: step.effectiveDate,
        details: step.payload,
        carerAfter: carer,
      });
    },

    async carerTransitionDue(transition: CarerTransitionDueInput): Promise<void> {
      await carers.recordTransitionDue(transition);
      await requestTransitionReminders(requestReminder, carers, transition);
    },

    /** The team hears that a point passed unacted on; idempotent by the reminder's key. */
    async carerTransitionOverdue(overdue: CarerTransitionOverdueInput): Promise<void> {
      if (!requestReminder) return;
      await requestReminder(carerEscalationReminder(overdue, await carers.teamOf(overdue.carerId)));
    },
  };
}
