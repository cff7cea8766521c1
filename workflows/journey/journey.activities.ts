import type { AnyJourneyStep, JourneyStage, JourneyView, ReviewSchedule } from '@ipc/domain';

export interface RecordJourneyStepInput {
  step: AnyJourneyStep;
  fromStage: JourneyStage;
  journey: JourneyView;
  /** For a review: the date it was due when held, so figures tell on time from late without a lookup. */
  reviewDueOn?: string | null;
}

export interface IssueAnnualStatementInput {
  /** The journey once the statement year has turned. */
  journey: JourneyView;
  periodStart: string;
  /** Exclusive: the statement's due date, when the next year begins. */
  periodEnd: string;
}

/** What the journey asks of the outside world; implemented in apps/worker, idempotent by key. */
export interface JourneyActivities {
  recordJourneyStep(input: RecordJourneyStepInput): Promise<void>;
  issueAnnualStatement(input: IssueAnnualStatementInput): Promise<void>;
  /** The site's review rule sets and reminder timings (configuration, not personal data). */
  loadReviewSchedule(siteId: string): Promise<ReviewSchedule>;
}
