/** Where `stepsAsRecorded` reads from: joins beside `journey_steps s`, the filter, and the instant (SQL). */
export interface StepsAsRecordedScope {
  joins: string;
  where: string;
  before: string;
}

/**
 * SQL selecting journey steps as the record read at an instant: recorded before it, not stepped back
 * (entered in error) by then, each with the effective date the last amendment recorded by then gave
 * it. Amendments and steps back are steps of their own, so the timeline keeps what each replaced.
 */
export const stepsAsRecorded = ({ joins, where, before }: StepsAsRecordedScope) => `
  SELECT s.participant_id, s.sequence, s.step, s.to_stage, s.details, s.review_due_on, s.recorded_at,
         coalesce(
           (SELECT (a.details->>'amendedDate')::date
              FROM journey_steps a
             WHERE a.participant_id = s.participant_id AND a.step = 'amendment'
               AND (a.details->>'sequence')::int = s.sequence AND a.recorded_at < ${before}
             ORDER BY a.sequence DESC LIMIT 1),
           s.effective_on) AS effective_on
    FROM journey_steps s ${joins}
   WHERE ${where} AND s.recorded_at < ${before}
     AND NOT EXISTS (
           SELECT 1 FROM journey_steps e
            WHERE e.participant_id = s.participant_id AND e.step = 'entered-in-error'
              AND (e.details->>'sequence')::int = s.sequence AND e.recorded_at < ${before})`;
