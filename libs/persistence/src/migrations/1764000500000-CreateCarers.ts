import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Carers in their own right: their personal details and the read model of their workflow, the people
 * they care for, their timeline of steps (with the narrative kept beside it, never in Temporal), and
 * each transition point noticed, once per carer, kind and due date.
 */
export class CreateCarers1764000500000 implements MigrationInterface {
  name = 'CreateCarers1764000500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE carers (
        id uuid PRIMARY KEY,
        site_id varchar(64) NOT NULL,
        team_id varchar(64) NOT NULL,
        kind varchar(16) NOT NULL
          CONSTRAINT ck_carers_kind CHECK (kind IN ('adult-carer', 'young-carer', 'parent-carer')),
        date_of_birth date NOT NULL,
        child_date_of_birth date NULL,
        relationship varchar(32) NOT NULL,
        contact jsonb NOT NULL,
        preferences jsonb NOT NULL,
        identified_on date NOT NULL,
        transition_lead_days integer NOT NULL,
        registered_by varchar(64) NOT NULL,
        registration_request_id varchar(200) NOT NULL,
        stage varchar(32) NOT NULL,
        stage_entered_on date NOT NULL,
        sequence integer NOT NULL DEFAULT 0,
        revision integer NOT NULL DEFAULT 0,
        next_transition_on date NULL,
        closed_on date NULL,
        closure_reason varchar(32) NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_carers_registration_request ON carers (site_id, registration_request_id)`,
    );
    await queryRunner.query(`CREATE INDEX ix_carers_site_stage ON carers (site_id, stage)`);
    await queryRunner.query(`CREATE INDEX ix_carers_site_next_transition ON carers (site_id, next_transition_on)`);

    await queryRunner.query(`
      CREATE TABLE carer_participants (
        carer_id uuid NOT NULL REFERENCES carers (id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        relationship varchar(32) NOT NULL,
        linked_by varchar(64) NOT NULL,
        linked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (carer_id, participant_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_carer_participants_participant ON carer_participants (participant_id)`);

    await queryRunner.query(`
      CREATE TABLE carer_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        carer_id uuid NOT NULL REFERENCES carers (id) ON DELETE CASCADE,
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
        carer_after jsonb NOT NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_carer_steps_request ON carer_steps (carer_id, request_id)`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_carer_steps_sequence ON carer_steps (carer_id, sequence)`);

    await queryRunner.query(`
      CREATE TABLE carer_step_narratives (
        carer_id uuid NOT NULL REFERENCES carers (id) ON DELETE CASCADE,
        request_id varchar(200) NOT NULL,
        step varchar(40) NOT NULL,
        narrative jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (carer_id, request_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE carer_transitions (
        carer_id uuid NOT NULL REFERENCES carers (id) ON DELETE CASCADE,
        transition varchar(40) NOT NULL,
        due_on date NOT NULL,
        remind_on date NOT NULL,
        site_id varchar(64) NOT NULL,
        reminder_id uuid NULL,
        noticed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (carer_id, transition, due_on)
      )`);
    await queryRunner.query(`CREATE INDEX ix_carer_transitions_site_due ON carer_transitions (site_id, due_on)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE carer_transitions`);
    await queryRunner.query(`DROP TABLE carer_step_narratives`);
    await queryRunner.query(`DROP TABLE carer_steps`);
    await queryRunner.query(`DROP TABLE carer_participants`);
    await queryRunner.query(`DROP TABLE carers`);
  }
}
