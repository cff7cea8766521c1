/** Whose steps `stepsAsRecorded` reads (a subquery of participant ids), and the instant (SQL expressions). */
export interface StepsAsRecordedScope {
  owners: string;
  before: string;
}

/**
 * SQL selecting journey steps as the record read at an instant: recorded before it, not stepped back
 * (entered in error) by then, each with the effective date the last amendment recorded by then gave
 * it. Amendments and steps back are steps of their own, so the timeline keeps what each replaced;
 * they are few, so they are gathered once and joined rather than looked up step by step. Of a step's
 * decision only an activation's PAM score (`score`) is kept, so the rows stay narrow.
 */
export const stepsAsRecorded = ({ owners, before }: StepsAsRecordedScope) => `
  SELECT s.participant_id, s.sequence, s.step, s.to_stage, s.details->>'score' AS score, s.review_due_on,
         s.recorded_at, coalesce(c.amended_on, s.effective_on) AS effective_on
    FROM journey_steps s
    LEFT JOIN (
      SELECT participant_id, (details->>'sequence')::int AS sequence,
             bool_or(step = 'entered-in-error') AS stepped_back,
             (array_agg((details->>'amendedDate')::date ORDER BY sequence DESC)
                FILTER (WHERE step = 'amendment'))[1] AS amended_on
        FROM journey_steps
       WHERE participant_id IN (${owners}) AND step IN ('amendment', 'entered-in-error') AND recorded_at < ${before}
       GROUP BY participant_id, (details->>'sequence')::int
    ) c ON c.participant_id = s.participant_id AND c.sequence = s.sequence
   WHERE s.participant_id IN (${owners}) AND s.recorded_at < ${before} AND c.stepped_back IS NOT TRUE`;
