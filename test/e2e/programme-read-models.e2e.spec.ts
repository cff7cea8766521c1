import { randomUUID } from 'node:crypto';
import type { JourneyView } from '@ipc/domain';
import { createDataSource, ParticipantsRepository } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { syntheticNhsNumber, syntheticPeople, type SyntheticPerson } from '../bench/synthetic-site';
import { readModelsThatDisagree } from '../support/programme-recount';

const SITE = 'site-read-models';

/** Writes one step as the journey activity does: the timeline row and the read model, in one transaction. */
async function recordStep(dataSource: DataSource, id: string, person: SyntheticPerson, sequence: number) {
  const step = person.steps[sequence];
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO journey_steps (participant_id, request_id, sequence, step, from_stage, to_stage, actor_staff_id,
                                  actor_team_id, effective_on, details, journey_after)
       VALUES ($1, $2, $3, $4, $5, $6, 'tester', 'team', $7, '{}', '{}')`,
      [id, `step-${sequence}`, sequence, step.step, step.fromStage, step.toStage, step.on],
    );
    // As the journey reports it: a step that keeps the stage keeps the date the stage was entered.
    const moves = person.steps.slice(0, sequence + 1).filter((earlier) => earlier.fromStage !== earlier.toStage);
    const stageEnteredOn = moves.at(-1)?.on ?? person.steps[0].on;
    const journey = { participantId: id, stage: step.toStage, stageEnteredOn, sequence, closure: null };
    await new ParticipantsRepository(manager).updateReadModel(journey as unknown as JourneyView);
  });
}

const shuffled = <T>(items: T[]) =>
  items
    .map((item) => ({ item, order: Math.random() }))
    .sort((a, b) => a.order - b.order)
    .map(({ item }) => item);

describe('Programme read models kept by triggers', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await createDataSource(process.env.DATABASE_URL as string).initialize();
  });

  afterAll(() => dataSource.destroy());

  it('should agree with a recount of the records when steps and demographics arrive concurrently and out of order', async () => {
    const people = [...syntheticPeople({ people: 40, today: '2026-11-20', years: 1, seed: 11 })];
    const ids = people.map(() => randomUUID());
    await Promise.all(
      people.map((person, index) =>
        dataSource.transaction(async (manager) => {
          const referral = person.steps[0];
          await manager.query(
            `INSERT INTO participants (id, site_id, team_id, nhs_number, date_of_birth, cohort, referral_source,
                                       referred_by, referral_request_id, referred_on, stage, stage_entered_on, stage_dates)
             VALUES ($1::uuid, $2, 'team', $3, $4, $5, 'gp-referral', 'tester', $1::text, $6, 'referred', $6, $7)`,
            [
              ids[index],
              SITE,
              syntheticNhsNumber(900_000 + index),
              person.dateOfBirth,
              person.cohort,
              referral.on,
              { referred: referral.on },
            ],
          );
          await manager.query(
            `INSERT INTO journey_steps (participant_id, request_id, sequence, step, from_stage, to_stage,
                                        actor_staff_id, actor_team_id, effective_on, details, journey_after)
             VALUES ($1, 'referral', 0, 'referral', NULL, 'referred', 'tester', 'team', $2, '{}', '{}')`,
            [ids[index], referral.on],
          );
        }),
      ),
    );

    const writes = people.flatMap((person, index) => [
      ...person.steps.slice(1).map((_, step) => () => recordStep(dataSource, ids[index], person, step + 1)),
      ...['female', 'male', 'prefer-not-to-say'].map(
        (sex) => () =>
          dataSource.query(
            `INSERT INTO participant_demographics (participant_id, site_id, sex, disability, other, recorded_by)
             VALUES ($1, $2, $3, 'yes', $4, 'tester')
             ON CONFLICT (participant_id) DO UPDATE SET sex = EXCLUDED.sex, other = EXCLUDED.other`,
            [ids[index], SITE, sex, { 'religion-or-belief': sex === 'male' ? 'none' : 'christian' }],
          ),
      ),
    ]);
    await Promise.all(shuffled(writes).map((write) => write()));

    expect(await readModelsThatDisagree(dataSource, SITE)).toEqual([]);
    // Every stage reached is dated, however late its write arrived.
    const reached: { id: string; stage_dates: Record<string, string> }[] = await dataSource.query(
      `SELECT id, stage_dates FROM participants WHERE site_id = $1`,
      [SITE],
    );
    people.forEach((person, index) => {
      const stageDates = reached.find((row) => row.id === ids[index])?.stage_dates;
      const firstReached = new Map<string, string>();
      for (const step of person.steps) if (!firstReached.has(step.toStage)) firstReached.set(step.toStage, step.on);
      expect(stageDates).toEqual(Object.fromEntries(firstReached));
    });
    const stays: { participant_id: string; stage: string; entered_on: string; left_on: string | null }[] =
      await dataSource.query(
        `SELECT participant_id, stage, to_char(entered_on, 'YYYY-MM-DD') AS entered_on,
                to_char(left_on, 'YYYY-MM-DD') AS left_on
           FROM stage_stays WHERE site_id = $1 ORDER BY participant_id, entered_sequence`,
        [SITE],
      );
    people.forEach((person, index) => {
      const moves = person.steps.filter((step) => step.fromStage !== step.toStage);
      expect(stays.filter((stay) => stay.participant_id === ids[index])).toEqual(
        moves.map((move, position) => ({
          participant_id: ids[index],
          stage: move.toStage,
          entered_on: move.on,
          left_on: moves[position + 1]?.on ?? null,
        })),
      );
    });
  });

  it('should take a deleted person out of every count', async () => {
    await dataSource.query(`DELETE FROM participants WHERE site_id = $1`, [SITE]);
    expect(await readModelsThatDisagree(dataSource, SITE)).toEqual([]);
    const [{ left }] = await dataSource.query(
      `SELECT (SELECT count(*) FROM take_up_counts WHERE site_id = $1 AND people <> 0)
            + (SELECT count(*) FROM stage_entry_counts WHERE site_id = $1 AND stays <> 0)
            + (SELECT count(*) FROM journey_step_counts WHERE site_id = $1 AND steps <> 0) AS left`,
      [SITE],
    );
    expect(Number(left)).toBe(0);
  });
});
