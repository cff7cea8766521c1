import { carerEscalationReminder, carerTransitionReminders, type RequestReminderInput } from '@ipc/domain';
import { insertCarerTimelineEntry } from '@ipc/persistence';
import type {
  CarerActivities,
  CarerTransitionDueInput,
  CarerTransitionOverdueInput,
  RecordCarerStepInput,
} from '@ipc/workflows';
import type { DataSource } from 'typeorm';
import { updateCarerNextTransition, updateCarerReadModel } from './carer-records';

export interface CarerActivityDependencies {
  dataSource: DataSource;
  /**
   * Asks reminder delivery for a reminder (the reminder producer), idempotent by its key: recipient,
   * purpose and topic, due date, lead time and the carer it is about. Optional: without it a noticed
   * transition is only recorded.
   */
  requestReminder?: (input: RequestReminderInput) => Promise<{ reminderId: string }>;
}

/** The team supporting the carer: where their transition reminders and escalations go. */
const teamOf = async (dataSource: DataSource, carerId: string): Promise<string> => {
  const [{ team_id: teamId }] = (await dataSource.query(`SELECT team_id FROM carers WHERE id = $1`, [carerId])) as {
    team_id: string;
  }[];
  return teamId;
};

/**
 * Sends the reminders the domain builds for a noticed transition (to the carer and to their team)
 * and keeps the carer's reminder id on the point. Called on every attempt (each request is
 * idempotent by its key, which names the transition kind), so a crash between the record and the
 * requests loses none. Ids, codes and dates only; delivery looks up how to reach each recipient.
 */
async function requestTransitionReminders(
  requestReminder: CarerActivityDependencies['requestReminder'],
  dataSource: DataSource,
  transition: CarerTransitionDueInput,
): Promise<void> {
  if (!requestReminder) return;
  const teamId = await teamOf(dataSource, transition.carerId);
  const { toCarer, toTeam } = carerTransitionReminders(transition, teamId);
  const [{ reminderId }] = await Promise.all([requestReminder(toCarer), requestReminder(toTeam)]);
  await dataSource.query(
    `UPDATE carer_transitions SET reminder_id = $4 WHERE carer_id = $1 AND transition = $2 AND due_on = $3`,
    [transition.carerId, transition.transition, transition.dueOn, reminderId],
  );
}

/**
 * Persists what a carer's workflow decides: each accepted step (timeline entry and read model, keyed
 * by request id) and each transition point noticed (one row per carer, kind and due date), so a
 * retried activity changes nothing twice and a late write never overwrites a newer state.
 */
export function createCarerActivities({ dataSource, requestReminder }: CarerActivityDependencies): CarerActivities {
  return {
    async recordCarerStep({ step, fromStage, carer }: RecordCarerStepInput): Promise<void> {
      await dataSource.transaction(async (manager) => {
        const inserted = await insertCarerTimelineEntry(manager, {
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
        if (inserted) await updateCarerReadModel(manager, carer);
      });
    },

    async carerTransitionDue(transition: CarerTransitionDueInput): Promise<void> {
      await dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO carer_transitions (carer_id, transition, due_on, remind_on, site_id)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (carer_id, transition, due_on) DO NOTHING`,
          [transition.carerId, transition.transition, transition.dueOn, transition.remindOn, transition.siteId],
        );
        await updateCarerNextTransition(manager, transition);
      });
      await requestTransitionReminders(requestReminder, dataSource, transition);
    },

    /** The team hears that a point passed unacted on; idempotent by the reminder's key. */
    async carerTransitionOverdue(overdue: CarerTransitionOverdueInput): Promise<void> {
      if (!requestReminder) return;
      await requestReminder(carerEscalationReminder(overdue, await teamOf(dataSource, overdue.carerId)));
    },
  };
}
