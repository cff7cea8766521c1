import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '@ipc/config';
import { londonDate } from '@ipc/domain';
import { createDataSource, migrateDatabase } from '@ipc/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { readModelsThatDisagree } from '../support/programme-recount';
import { syntheticOutcomes } from './synthetic-outcomes';
import { SYNTHETIC_CHARACTERISTICS, type SyntheticPerson, syntheticNhsNumber, syntheticPeople } from './synthetic-site';

/**
 * `npm run seed:programme`: loads a realistic synthetic site straight into PostgreSQL (participants,
 * every journey step, demographics, site settings, and the outcome records of synthetic-outcomes.ts)
 * for programme figures to be tried and measured on. No journeys are started in Temporal: the figures read PostgreSQL only.
 *
 * SEED_PARTICIPANTS (default 100000), SEED_SITE_ID (default synthetic-site), SEED_YEARS (2),
 * SEED_MODE: `triggers` writes through the read-model triggers as the running engine does;
 * `bulk` switches them off for the load and rebuilds every read model afterwards (much faster;
 * it locks the tables meanwhile, so only for a database nothing else is using). The default is
 * triggers up to 20,000 people and bulk above. Re-seeding a site replaces its synthetic people.
 */
export const SEED_ACTOR = 'synthetic-seed';
const BATCH = 2_000;

export interface SeedOptions {
  siteId: string;
  people: number;
  years: number;
  mode: 'triggers' | 'bulk';
  today?: string;
  seed?: number;
  log?: (message: string) => void;
}

const TABLES_WITH_TRIGGERS = [
  'participants',
  'journey_steps',
  'participant_demographics',
  'stage_stays',
  'step_narratives',
  'quality_of_life_measures',
  'crisis_events',
  'current_budgets',
  'spend_records',
];
/** The instrument the synthetic site measures quality of life with. */
const OUTCOME_MEASURES = {
  qualityOfLifeInstruments: [{ instrument: 'ICECAP-A', version: '1', minimum: 0, maximum: 1 }],
};

export async function seedSyntheticSite(dataSource: DataSource, options: SeedOptions): Promise<void> {
  const log = options.log ?? (() => undefined);
  const today = options.today ?? londonDate(new Date());
  await dataSource.query(`DELETE FROM participants WHERE site_id = $1 AND referred_by = $2`, [
    options.siteId,
    SEED_ACTOR,
  ]);
  await dataSource.query(
    `INSERT INTO site_settings (site_id, population, characteristics, outcome_measures, updated_by)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (site_id) DO UPDATE SET population = EXCLUDED.population, characteristics = EXCLUDED.characteristics,
                                         outcome_measures = EXCLUDED.outcome_measures`,
    // About 5% of a population is in the IPC cohort: a site this size serves about 20 times as many people.
    [
      options.siteId,
      options.people * 20,
      JSON.stringify(SYNTHETIC_CHARACTERISTICS),
      JSON.stringify(OUTCOME_MEASURES),
      SEED_ACTOR,
    ],
  );
  if (options.mode === 'bulk') {
    for (const table of TABLES_WITH_TRIGGERS) await dataSource.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  }
  try {
    let batch: SyntheticPerson[] = [];
    const people = syntheticPeople({ people: options.people, today, years: options.years, seed: options.seed ?? 6 });
    for (const person of people) {
      batch.push(person);
      if (batch.length === BATCH) {
        await dataSource.transaction((manager) => insertBatch(manager, options.siteId, batch, today));
        batch = [];
        if ((person.index + 1) % 20_000 === 0) log(`${person.index + 1} people loaded`);
      }
    }
    if (batch.length) await dataSource.transaction((manager) => insertBatch(manager, options.siteId, batch, today));
  } finally {
    if (options.mode === 'bulk') {
      for (const table of TABLES_WITH_TRIGGERS) await dataSource.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    }
  }
  if (options.mode === 'bulk') {
    log('rebuilding the read models');
    await dataSource.query(`SELECT programme_rebuild_read_models()`);
    await dataSource.query(`SELECT programme_rebuild_outcome_figures()`);
  }
  // As autovacuum would in time: statistics for the planner, and visibility maps for index-only scans.
  const rollUps = [
    'stage_entry_counts',
    'stage_exit_counts',
    'stage_population_counts',
    'take_up_counts',
    'outcome_figure_counts',
  ];
  const ledgers = ['stage_stay_changes', 'take_up_changes', 'journey_step_changes', 'outcome_figure_changes'];
  for (const table of [...TABLES_WITH_TRIGGERS, 'personal_budgets', 'outcome_contributions', ...rollUps, ...ledgers]) {
    await dataSource.query(`VACUUM ANALYZE ${table}`);
  }
}

async function insertBatch(
  manager: EntityManager,
  siteId: string,
  walked: SyntheticPerson[],
  today: string,
): Promise<void> {
  const outcomes = walked.map((person) => syntheticOutcomes(person, today));
  const people = walked.map((person, index) => ({ ...person, steps: outcomes[index].steps }));
  const ids = people.map(() => randomUUID());
  const last = (person: SyntheticPerson) => person.steps[person.steps.length - 1];
  await manager.query(
    `INSERT INTO participants (id, site_id, team_id, nhs_number, date_of_birth, cohort, referral_source, referred_by,
                               referral_request_id, referred_on, stage, stage_entered_on, journey_sequence,
                               stage_dates, closed_on, closure_reason)
     SELECT id, $2, team_id, nhs_number, date_of_birth, cohort, referral_source, $3, 'synthetic-' || id, referred_on,
            stage, stage_entered_on, journey_sequence, stage_dates, closed_on, closure_reason
       FROM unnest($1::uuid[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[], $9::date[], $10::text[],
                   $11::date[], $12::int[], $13::jsonb[], $14::date[], $15::text[])
         AS p (id, team_id, nhs_number, date_of_birth, cohort, referral_source, referred_on, stage, stage_entered_on,
               journey_sequence, stage_dates, closed_on, closure_reason)`,
    [
      ids,
      siteId,
      SEED_ACTOR,
      people.map((person) => person.teamId),
      people.map((person) => syntheticNhsNumber(person.index)),
      people.map((person) => person.dateOfBirth),
      people.map((person) => person.cohort),
      people.map((person) => person.referralSource),
      people.map((person) => person.steps[0].on),
      people.map((person) => last(person).toStage),
      people.map((person) => enteredCurrentStage(person)),
      people.map((person) => person.steps.length - 1),
      people.map((person) => JSON.stringify(firstDates(person))),
      people.map((person) => (last(person).toStage === 'closed' ? last(person).on : null)),
      people.map((person) => person.closureReason),
    ],
  );
  // Narratives before their steps, as the API writes them.
  const narratives = outcomes.flatMap(({ ratings }, index) => ratings.map((rated) => ({ ...rated, id: ids[index] })));
  await manager.query(
    `INSERT INTO step_narratives (participant_id, request_id, step, narrative)
     SELECT participant_id, 'synthetic-' || sequence, 'review', narrative
       FROM unnest($1::uuid[], $2::int[], $3::jsonb[]) AS n (participant_id, sequence, narrative)`,
    [
      narratives.map((row) => row.id),
      narratives.map((row) => row.sequence),
      narratives.map((row) => JSON.stringify(row.narrative)),
    ],
  );
  const steps = outcomes.flatMap((outcome, index) =>
    outcome.steps.map((step, sequence) => ({ ...step, participantId: ids[index], sequence })),
  );
  await manager.query(
    `INSERT INTO journey_steps (participant_id, request_id, sequence, step, from_stage, to_stage, actor_staff_id,
                                actor_team_id, effective_on, details, journey_after, review_due_on)
     SELECT participant_id, 'synthetic-' || sequence, sequence, step, from_stage, to_stage, $7, 'synthetic-team',
            effective_on, details, '{}',
            -- About one review in three held late.
            CASE WHEN step = 'review' THEN effective_on + CASE WHEN sequence % 3 = 0 THEN -10 ELSE 7 END END
       FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::date[], $8::jsonb[])
         AS s (participant_id, sequence, step, from_stage, to_stage, effective_on, details)`,
    [
      steps.map((step) => step.participantId),
      steps.map((step) => step.sequence),
      steps.map((step) => step.step),
      steps.map((step) => step.fromStage),
      steps.map((step) => step.toStage),
      steps.map((step) => step.on),
      SEED_ACTOR,
      steps.map((step) => JSON.stringify(step.details)),
    ],
  );
  await insertBudgets(manager, people, ids);
  const recorded = people.flatMap((person, index) =>
    person.demographics ? [{ participantId: ids[index], ...person.demographics }] : [],
  );
  await manager.query(
    `INSERT INTO participant_demographics (participant_id, site_id, sex, ethnicity, disability, other, recorded_by)
     SELECT participant_id, $6, sex, ethnicity, disability, other, $7
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[])
         AS d (participant_id, sex, ethnicity, disability, other)`,
    [
      recorded.map((row) => row.participantId),
      recorded.map((row) => row.sex),
      recorded.map((row) => row.ethnicity),
      recorded.map((row) => row.disability),
      recorded.map((row) => JSON.stringify(row.other)),
      siteId,
      SEED_ACTOR,
    ],
  );
  await insertOutcomeRecords(manager, siteId, ids, outcomes);
}

/** Quality-of-life measures, crises and spend, as the API records them. */
async function insertOutcomeRecords(
  manager: EntityManager,
  siteId: string,
  ids: string[],
  outcomes: ReturnType<typeof syntheticOutcomes>[],
): Promise<void> {
  const each = <T>(rows: (outcome: (typeof outcomes)[number]) => T[]) =>
    outcomes.flatMap((outcome, index) => rows(outcome).map((row, place) => ({ ...row, id: ids[index], place })));
  const measures = each((outcome) => outcome.qualityOfLife);
  await manager.query(
    `INSERT INTO quality_of_life_measures (participant_id, site_id, instrument, version, score, stage, measured_on,
                                           recorded_by)
     SELECT participant_id, $6, instrument, '1', score, stage, measured_on, $7
       FROM unnest($1::uuid[], $2::text[], $3::numeric[], $4::text[], $5::date[])
         AS m (participant_id, instrument, score, stage, measured_on)`,
    [
      measures.map((row) => row.id),
      measures.map((row) => row.instrument),
      measures.map((row) => row.score),
      measures.map((row) => row.stage),
      measures.map((row) => row.on),
      siteId,
      SEED_ACTOR,
    ],
  );
  const crises = each((outcome) => outcome.crises);
  await manager.query(
    `INSERT INTO crisis_events (participant_id, site_id, kind, occurred_on, source, recorded_by)
     SELECT participant_id, $4, kind, occurred_on, 'crisis-team', $5
       FROM unnest($1::uuid[], $2::text[], $3::date[]) AS e (participant_id, kind, occurred_on)`,
    [crises.map((row) => row.id), crises.map((row) => row.kind), crises.map((row) => row.on), siteId, SEED_ACTOR],
  );
  const spend = each((outcome) => outcome.spend);
  await manager.query(
    `INSERT INTO spend_records (participant_id, site_id, plan_item_id, amount_pence, spent_on, source, kind, request_id,
                                request_row, recorded_by)
     SELECT participant_id, $5, gen_random_uuid(), amount_pence, spent_on, 'provider-invoice', 'spend',
            'synthetic-spend', request_row, $6
       FROM unnest($1::uuid[], $2::bigint[], $3::date[], $4::int[])
         AS r (participant_id, amount_pence, spent_on, request_row)`,
    [
      spend.map((row) => row.id),
      spend.map((row) => row.amountPence),
      spend.map((row) => row.on),
      spend.map((row) => row.place),
      siteId,
      SEED_ACTOR,
    ],
  );
}

/**
 * A personal budget for each person whose plan went to a budget, as the budget step records it: a
 * total between £8,000 and £32,000 split between the NHS and social care, part direct payment and
 * part notional, and the ISR's indicative figure beside it.
 */
async function insertBudgets(manager: EntityManager, people: SyntheticPerson[], ids: string[]): Promise<void> {
  const budgets = people.flatMap((person, index) => {
    const step = person.steps.find((candidate) => candidate.step === 'budget');
    if (!step) return [];
    const totalPence = 800_000 + (person.index % 25) * 100_000;
    const nhs = Math.round(totalPence * 0.6);
    const directPayment = Math.round(totalPence * 0.4);
    return [
      {
        participantId: ids[index],
        startDate: step.on,
        totalPence,
        byFunder: { nhs, socialCare: totalPence - nhs, education: 0 },
        parts: [
          { partId: 'part-0', deployment: 'direct-payment', amountPence: directPayment, withdrawnOn: null },
          { partId: 'part-1', deployment: 'notional', amountPence: totalPence - directPayment, withdrawnOn: null },
        ],
        indicativePence: totalPence - (person.index % 7) * 10_000,
      },
    ];
  });
  await manager.query(
    `INSERT INTO personal_budgets (participant_id, version, request_id, start_date, total_pence, by_funder,
                                   contribution_pence, parts, indicative_total_pence, effective_on)
     SELECT participant_id, 1, 'synthetic-budget', start_date, total_pence, by_funder, 0, parts, indicative, start_date
       FROM unnest($1::uuid[], $2::date[], $3::bigint[], $4::jsonb[], $5::jsonb[], $6::bigint[])
         AS b (participant_id, start_date, total_pence, by_funder, parts, indicative)`,
    [
      budgets.map((budget) => budget.participantId),
      budgets.map((budget) => budget.startDate),
      budgets.map((budget) => budget.totalPence),
      budgets.map((budget) => JSON.stringify(budget.byFunder)),
      budgets.map((budget) => JSON.stringify(budget.parts)),
      budgets.map((budget) => budget.indicativePence),
    ],
  );
}

/** The date the person entered the stage they are in now: the last step that changed stage. */
function enteredCurrentStage(person: SyntheticPerson): string {
  const moves = person.steps.filter((step) => step.fromStage !== step.toStage);
  return moves[moves.length - 1].on;
}

function firstDates(person: SyntheticPerson): Record<string, string> {
  const dates: Record<string, string> = {};
  for (const step of person.steps) dates[step.toStage] ??= step.on;
  return dates;
}

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const people = Math.round(positive('SEED_PARTICIPANTS', 100_000));
  const siteId = process.env.SEED_SITE_ID || 'synthetic-site';
  const mode = (process.env.SEED_MODE as SeedOptions['mode'] | undefined) ?? (people > 20_000 ? 'bulk' : 'triggers');
  if (mode !== 'bulk' && mode !== 'triggers') throw new Error('SEED_MODE must be bulk or triggers');
  await migrateDatabase(config.databaseUrl);
  const dataSource = await createDataSource(config.databaseUrl).initialize();
  try {
    const started = performance.now();
    await seedSyntheticSite(dataSource, {
      siteId,
      people,
      years: positive('SEED_YEARS', 2),
      mode,
      log: (message) => console.log(message),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const [{ steps }] = await dataSource.query(
      `SELECT count(*)::int AS steps FROM journey_steps s JOIN participants p ON p.id = s.participant_id
        WHERE p.site_id = $1`,
      [siteId],
    );
    console.log(`seeded ${people} people and ${steps} journey steps at site ${siteId} in ${seconds} s (${mode})`);
    const disagreeing = await readModelsThatDisagree(dataSource, siteId);
    if (disagreeing.length) throw new Error(`read models disagree with the records: ${disagreeing.join(', ')}`);
    console.log('read models agree with a recount from the records');
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
