import type { DataSource } from 'typeorm';

/** Every stage move of a site's journeys with the move after it, straight from the timeline. */
const MOVES = `
  SELECT p.cohort, s.from_stage, s.to_stage AS stage, s.effective_on AS entered_on,
         lead(s.effective_on) OVER journey AS left_on, lead(s.to_stage) OVER journey AS next_stage
    FROM journey_steps s JOIN participants p ON p.id = s.participant_id
   WHERE p.site_id = $1 AND s.from_stage IS DISTINCT FROM s.to_stage
  WINDOW journey AS (PARTITION BY s.participant_id ORDER BY s.sequence)`;

/** Each roll-up as it stands, and the same figures recounted from the records. */
const CHECKS: Record<string, [counted: string, recounted: string]> = {
  take_up_counts: [
    `SELECT stage, dimension, value, people::bigint FROM take_up_counts WHERE site_id = $1 AND people <> 0`,
    `SELECT reached.stage, split_part(facet, '|', 1), substr(facet, strpos(facet, '|') + 1), count(*)
       FROM participants p LEFT JOIN participant_demographics d ON d.participant_id = p.id
      CROSS JOIN jsonb_object_keys(p.stage_dates) AS reached (stage)
      CROSS JOIN unnest(programme_take_up_facets(p.cohort, p.referred_on, p.date_of_birth, d.sex, d.ethnicity,
                                                 d.disability, d.other)) AS facets (facet)
      WHERE p.site_id = $1 GROUP BY 1, 2, 3`,
  ],
  stage_entry_counts: [
    `SELECT entered_on, from_stage, stage, next_stage, stays::bigint FROM stage_entry_counts
      WHERE site_id = $1 AND stays <> 0`,
    `SELECT entered_on, coalesce(from_stage, ''), stage, coalesce(next_stage, ''), count(*)
       FROM (${MOVES}) moves GROUP BY 1, 2, 3, 4`,
  ],
  stage_population_counts: [
    `SELECT cohort, stage, people::bigint FROM stage_population_counts WHERE site_id = $1 AND people <> 0`,
    `SELECT cohort, stage, count(*) FROM (${MOVES}) moves WHERE left_on IS NULL GROUP BY 1, 2`,
  ],
  stage_exit_counts: [
    `SELECT left_month, stage, days, stays::bigint FROM stage_exit_counts WHERE site_id = $1 AND stays <> 0`,
    `SELECT date_trunc('month', left_on)::date, stage, left_on - entered_on, count(*)
       FROM (${MOVES}) moves WHERE left_on IS NOT NULL GROUP BY 1, 2, 3`,
  ],
  journey_step_counts: [
    `SELECT step, steps FROM journey_step_counts WHERE site_id = $1 AND steps <> 0`,
    `SELECT s.step, count(*) FROM journey_steps s JOIN participants p ON p.id = s.participant_id
      WHERE p.site_id = $1 GROUP BY 1`,
  ],
  current_budgets: [
    `SELECT participant_id, version, total_pence, nhs_pence, social_care_pence, notional_parts, notional_pence
       FROM current_budgets WHERE site_id = $1`,
    `SELECT * FROM (SELECT DISTINCT ON (b.participant_id) b.participant_id, b.version, b.total_pence,
            (b.by_funder->>'nhs')::bigint, (b.by_funder->>'socialCare')::bigint,
            (SELECT count(*)::int FROM jsonb_array_elements(b.parts) part
              WHERE part->>'deployment' = 'notional' OR part->>'withdrawnOn' IS NOT NULL),
            (SELECT coalesce(sum((part->>'amountPence')::bigint), 0) FROM jsonb_array_elements(b.parts) part
              WHERE part->>'deployment' = 'notional' OR part->>'withdrawnOn' IS NOT NULL)
       FROM personal_budgets b JOIN participants p ON p.id = b.participant_id
      WHERE p.site_id = $1 AND p.closed_on IS NULL
      ORDER BY b.participant_id, b.version DESC) latest`,
  ],
  outcome_figure_counts: [
    `SELECT figure, grp, on_date, people::bigint, amount FROM outcome_figure_counts
      WHERE site_id = $1 AND (people <> 0 OR amount <> 0)`,
    `SELECT s.figure, s.grp, s.on_date, sum(s.people), sum(s.amount)
       FROM participants p,
            programme_outcome_sources(p.id, ARRAY['activation', 'outcome-ratings', 'quality-of-life', 'crises',
                                                  'budget-take-up', 'budgets', 'spend', 'return-events',
                                                  'return-in-force', 'budget-funders', 'budget-deployments',
                                                  'budget-compared', 'budget-holders', 'reviews-due',
                                                  'open-with-plan', 'reviews-held']) s
      WHERE p.site_id = $1 GROUP BY 1, 2, 3`,
  ],
};

/**
 * Folds a site's change ledgers, then compares every roll-up with a recount from the records;
 * returns the roll-ups that disagree (none, when the triggers are right).
 */
export async function readModelsThatDisagree(dataSource: DataSource, siteId: string): Promise<string[]> {
  const folds = ['stage_stays', 'take_up', 'journey_steps', 'outcomes'];
  for (const fold of folds.map((ledger) => `programme_fold_${ledger}`)) {
    await dataSource.query(`SELECT ${fold}($1)`, [siteId]);
  }
  const disagreeing: string[] = [];
  for (const [name, [counted, recounted]] of Object.entries(CHECKS)) {
    const [{ differences }] = await dataSource.query(
      `SELECT count(*)::int AS differences
         FROM ((${counted} EXCEPT ${recounted}) UNION ALL (${recounted} EXCEPT ${counted})) d`,
      [siteId],
    );
    if (differences > 0) disagreeing.push(`${name} (${differences} rows)`);
  }
  return disagreeing;
}
