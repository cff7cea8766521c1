import type { JourneyActivities, RecordJourneyStepInput } from '@ipc/workflows';
import { findReviewRules, insertTimelineEntry } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { createAnnualStatementActivity } from './annual-statement.activity';
import { recordBudgetChange } from './budget-records';
import { recordCarePlanChange, updateReadModel } from './journey-records';

export interface JourneyActivityDependencies {
  dataSource: DataSource;
  /** When review reminders go out and when an unheld review is escalated (configuration). */
  reviewReminders: { leadDays: number[]; escalationAfterDays: number };
}

/**
 * Persists each accepted step: its timeline entry, the participant read model and, for plan and
 * budget steps, their records. Keyed by request id and guarded by sequence, so a retried activity
 * changes nothing twice and a late write never overwrites a newer stage.
 */
export function createJourneyActivities({
  dataSource,
  reviewReminders,
}: JourneyActivityDependencies): JourneyActivities {
  return {
    issueAnnualStatement: createAnnualStatementActivity({ dataSource }),
    async loadReviewSchedule(siteId: string) {
      return {
        rules: await findReviewRules(dataSource.manager, siteId),
        reminderLeadDays: reviewReminders.leadDays,
        escalationAfterDays: reviewReminders.escalationAfterDays,
      };
    },
    async recordJourneyStep(input: RecordJourneyStepInput): Promise<void> {
      await dataSource.transaction(async (manager) => {
        const { step, fromStage, journey } = input;
        const inserted = await insertTimelineEntry(manager, {
          participantId: journey.participantId,
          requestId: step.requestId,
          sequence: journey.sequence,
          step: step.name,
          fromStage,
          toStage: journey.stage,
          actor: step.actor,
          effectiveOn: step.effectiveDate,
          details: step.payload,
          journeyAfter: journey,
        });
        if (!inserted) return;
        if (input.reviewDueOn) {
          await manager.query(
            `UPDATE journey_steps SET review_due_on = $3 WHERE participant_id = $1 AND request_id = $2`,
            [journey.participantId, step.requestId, input.reviewDueOn],
          );
        }
        await updateReadModel(manager, input.journey);
        await recordCarePlanChange(manager, input);
        await recordBudgetChange(manager, input);
      });
    },
  };
}
