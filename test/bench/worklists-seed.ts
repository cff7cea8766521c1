import type { DataSource } from 'typeorm';

export const WORKLIST_BENCH_SITE = 'bench-worklists';
export const WORKLIST_BENCH_TEAMS = 20;

/** A pseudo-random whole number in [0, n) for row i and draw k: the same site every time it is seeded. */
const draw = (k: number, n: number) => `((hashint4(i * 7 + ${k}) & 2147483647) % ${n})`;

/**
 * Bulk-inserts a synthetic site (the worklists bench's own unless another is named) with
 * generate_series: `people` participants over 20 teams, spread over the stages (a fifth closed), with holders (one coordinator per ~40 people), plans, ISRs for
 * most, reviews due, carers (a tenth as many) with transition points, and reminders (some failed).
 * Triggers are off while seeding (session_replication_role): the programme read models are not what
 * this benchmark reads.
 */
export async function seedWorklistSite(
  dataSource: DataSource,
  people: number,
  today: string,
  siteId = WORKLIST_BENCH_SITE,
): Promise<void> {
  const staff = Math.max(1, Math.floor(people / 40));
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SET session_replication_role = replica`);
    await runner.query(
      `WITH g AS (
         SELECT i, CASE
             WHEN r < 50 THEN 'referred' WHEN r < 80 THEN 'awaiting-consent' WHEN r < 130 THEN 'identified'
             WHEN r < 180 THEN 'offered' WHEN r < 280 THEN 'community-follow-up' WHEN r < 330 THEN 'activation'
             WHEN r < 430 THEN 'planning' WHEN r < 500 THEN 'plan-agreed' WHEN r < 800 THEN 'delivery'
             ELSE 'closed' END AS stage, ${draw(2, 31)} AS quiet
           FROM (SELECT i, ${draw(1, 1000)} AS r FROM generate_series(1, $2::int) i) drawn
       ), s AS (
         SELECT *, CASE WHEN stage IN ('referred', 'awaiting-consent', 'identified', 'offered', 'activation')
                        THEN ${draw(3, 90)} ELSE ${draw(3, 730)} END AS age FROM g
       )
       INSERT INTO participants
         (id, site_id, team_id, nhs_number, date_of_birth, cohort, referral_source, referred_by, referral_request_id,
          referred_on, stage, stage_entered_on, closed_on, closure_reason, next_review_due_on, coordinator_id,
          connector_id, last_step_on, journey_sequence)
       SELECT md5('p' || i)::uuid, $1, 'team-' || lpad((i % ${WORKLIST_BENCH_TEAMS})::text, 2, '0'),
              lpad(i::text, 10, '0'), DATE '1940-01-01' + (i % 20000), 'multiple-long-term-conditions',
              'gp-referral', 'bench-seed', 'seed-' || i, $3::date - age - 30, stage, $3::date - age,
              CASE WHEN stage = 'closed' THEN $3::date - age END, CASE WHEN stage = 'closed' THEN 'needs-met' END,
              CASE WHEN stage IN ('plan-agreed', 'delivery') THEN $3::date - 60 + ${draw(4, 425)} END,
              CASE WHEN stage IN ('planning', 'plan-agreed', 'delivery', 'closed') THEN 'staff-' || (i % $4::int) END,
              CASE WHEN stage NOT IN ('referred', 'awaiting-consent', 'identified')
                   THEN 'staff-' || ((i * 13) % $4::int) END,
              LEAST($3::date, $3::date - age + quiet), 5
         FROM s`,
      [siteId, people, today, staff],
    );
    // A plan for everyone in planning or beyond (four in five in planning), an ISR for two thirds of them.
    await runner.query(
      `INSERT INTO care_plans (participant_id, version, request_id, coordinator_id, total_annual_cost_pence, content)
       SELECT id, 1, 'seed-plan', coalesce(coordinator_id, 'staff-0'), 1000000, '{}' FROM participants
        WHERE site_id = $1 AND stage IN ('planning', 'plan-agreed', 'delivery')
          AND (stage <> 'planning' OR (hashint4(hashtext(id::text)) & 7) < 6)`,
      [siteId],
    );
    await runner.query(
      `INSERT INTO budget_statements (participant_id, kind, statement_key, issued_on, content)
       SELECT participant_id, 'indicative', 'seed-isr', $2::date, '{}' FROM care_plans cp
         JOIN participants p ON p.id = cp.participant_id
        WHERE p.site_id = $1 AND (hashint4(hashtext(p.id::text) + 1) & 3) <> 0`,
      [siteId, today],
    );
    await runner.query(
      `INSERT INTO carers
         (id, site_id, team_id, kind, date_of_birth, relationship, contact, preferences, identified_on,
          transition_lead_days, registered_by, registration_request_id, stage, stage_entered_on, next_transition_on,
          coordinator_id, closed_on)
       SELECT md5('c' || i)::uuid, $1, 'team-' || lpad((i % ${WORKLIST_BENCH_TEAMS})::text, 2, '0'), 'adult-carer',
              DATE '1950-01-01' + (i % 15000), 'spouse-or-partner', '{}', '{}', $2::date - ${draw(5, 700)}, 90,
              'bench-seed', 'seed-' || i, CASE WHEN i % 10 = 0 THEN 'closed' ELSE 'identified' END,
              $2::date - ${draw(5, 700)}, $2::date + ${draw(6, 730)},
              CASE WHEN i % 2 = 0 THEN 'staff-' || (i % $4::int) END, CASE WHEN i % 10 = 0 THEN $2::date END
         FROM generate_series(1, $3::int) i`,
      [siteId, today, Math.max(1, Math.floor(people / 10)), staff],
    );
    await runner.query(
      `INSERT INTO carer_transitions (carer_id, transition, due_on, remind_on, site_id)
       SELECT id, 'annual-health-check', $2::date + (hashint4(hashtext(id::text)) & 63), $2::date, site_id
         FROM carers WHERE site_id = $1 AND (hashint4(hashtext(id::text) + 2) & 7) = 0`,
      [siteId, today],
    );
    // One sent reminder for each person in delivery; one in three hundred people has a failed one.
    await runner.query(
      `INSERT INTO reminders
         (reminder_key, site_id, recipient_type, recipient_id, participant_id, purpose, due_date, lead_days, status,
          sent_at, failed_at)
       SELECT 'seed-' || id, site_id, 'participant', id::text, id::text, 'review-due', $2::date, 28,
              CASE WHEN failed THEN 'failed' ELSE 'sent' END, CASE WHEN NOT failed THEN now() END,
              CASE WHEN failed THEN now() - (hashint4(hashtext(id::text)) & 31) * interval '1 day' END
         FROM (SELECT id, site_id, stage, (hashint4(hashtext(id::text) + 3) & 2147483647) % 300 = 0 AS failed
                 FROM participants WHERE site_id = $1) p
        WHERE failed OR stage = 'delivery'`,
      [siteId, today],
    );
    await runner.query(`SET session_replication_role = DEFAULT`);
    // As autovacuum would leave a live site: statistics, and visibility maps for index-only counts.
    await runner.query(`VACUUM ANALYZE`);
  } finally {
    await runner.release();
  }
}
