import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateParticipantsAndJourneys1764000000000 implements MigrationInterface {
  name = 'CreateParticipantsAndJourneys1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE participants (
        id uuid PRIMARY KEY,
        site_id varchar(64) NOT NULL,
        team_id varchar(64) NOT NULL,
        nhs_number char(10) NOT NULL,
        date_of_birth date NOT NULL,
        cohort varchar(64) NOT NULL,
        referral_source varchar(64) NOT NULL,
        referred_by varchar(64) NOT NULL,
        referral_request_id varchar(200) NOT NULL,
        referred_on date NOT NULL,
        stage varchar(32) NOT NULL,
        stage_entered_on date NOT NULL,
        journey_sequence integer NOT NULL DEFAULT 0,
        stage_dates jsonb NOT NULL DEFAULT '{}',
        closed_on date NULL,
        closure_reason varchar(32) NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_participants_open_referral ON participants (site_id, nhs_number) WHERE closed_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_participants_referral_request ON participants (site_id, referral_request_id)`,
    );
    await queryRunner.query(`CREATE INDEX ix_participants_site_stage ON participants (site_id, stage)`);
    await queryRunner.query(`CREATE INDEX ix_participants_site_team ON participants (site_id, team_id)`);

    await queryRunner.query(`
      CREATE TABLE journey_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        participant_id uuid NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        request_id varchar(200) NOT NULL,
        sequence integer NOT NULL,
        step varchar(40) NOT NULL,
        from_stage varchar(32) NULL,
        to_stage varchar(32) NOT NULL,
        actor_staff_id varchar(64) NOT NULL,
        actor_team_id varchar(64) NOT NULL,
        effective_on date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        details jsonb NOT NULL,
        journey_after jsonb NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_journey_steps_request ON journey_steps (participant_id, request_id)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_journey_steps_sequence ON journey_steps (participant_id, sequence)`,
    );

    await queryRunner.query(`
      CREATE TABLE step_narratives (
        participant_id uuid NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        request_id varchar(200) NOT NULL,
        step varchar(40) NOT NULL,
        narrative jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (participant_id, request_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE care_plans (
        participant_id uuid NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        version integer NOT NULL,
        request_id varchar(200) NOT NULL,
        coordinator_id varchar(64) NOT NULL,
        total_annual_cost_pence bigint NOT NULL,
        content jsonb NOT NULL,
        agreed_on date NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (participant_id, version)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE care_plans`);
    await queryRunner.query(`DROP TABLE step_narratives`);
    await queryRunner.query(`DROP TABLE journey_steps`);
    await queryRunner.query(`DROP TABLE participants`);
  }
}
