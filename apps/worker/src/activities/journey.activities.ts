import type { JourneyRecordsRepository, ReviewsRepository } from '@ipc/persistence';
import type { JourneyActivities, RecordJourneyStepInput } from '@ipc/workflows';
import { type AnnualStatementDependencies, createAnnualStatementActivity } from './annual-statement.activity';
import { budgetRecords } from './budget-records';
import { carePlanRecords, correctionRecords } from './journey-records';

export interface JourneyActivityDependencies extends AnnualStatementDependencies {
  journeyRecords: Pick<JourneyRecordsRepository, 'recordStep' | 'recordAnnualStatement'>;
  reviews: Pick<ReviewsRepository, 'rules'>;
  /** When review reminders go out and when an unheld review is escalated (configuration). */
  reviewReminders: { leadDays: number[]; escalationAfterDays: number };
}

/**
 * Persists each accepted step: its timeline entry, the participant read model and, for plan and
 * budget steps, their records. Keyed by request id and guarded by sequence, so a retried activity
 * changes nothing twice and a late write never overwrites a newer stage.
 */
export function createJourneyActivities(dependencies: JourneyActivityDependencies): JourneyActivities {
  const { journeyRecords, reviews, reviewReminders } = dependencies;
  return {
    issueAnnualStatement: createAnnualStatementActivity(dependencies),
    async loadReviewSchedule(siteId: string) {
      return {
        rules: await reviews.rules(siteId),
        reminderLeadDays: reviewReminders.leadDays,
        escalationAfterDays: reviewReminders.escalationAfterDays,
      };
    },
    async recordJourneyStep(input: RecordJourneyStepInput): Promise<void> {
      const { step, fromStage, journey } = input;
      await journeyRecords.recordStep({
        entry: {
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
        },
        journey,
        reviewDueOn: input.reviewDueOn,
        ...carePlanRecords(input),
        ...budgetRecords(input),
        ...correctionRecords(input),
      });
    },
  };
}
