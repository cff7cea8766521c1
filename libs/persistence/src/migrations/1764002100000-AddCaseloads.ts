import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Caseloads and worklists: who holds each case (coordinator, connector; the team was already
 * there), when its last step happened (stalled cases), the record of every assignment and transfer,
 * each site's worklist thresholds, and the indexes each worklist's query reads. Existing cases get
 * their holders from what was recorded: the latest plan's coordinator and the offer's connector.
 */
export class AddCaseloads1764002100000 implements MigrationInterface {
  name = 'AddCaseloads1764002100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE participants
        ADD COLUMN coordinator_id varchar(64) NULL,
        ADD COLUMN connector_id varchar(64) NULL,
        ADD COLUMN last_step_on date NULL`);
    await queryRunner.query(`ALTER TABLE carers ADD COLUMN coordinator_id varchar(64) NULL`);
    await queryRunner.query(`
      UPDATE participants p SET last_step_on = s.last_on
        FROM (SELECT participant_id, max(effective_on) AS last_on FROM journey_steps GROUP BY participant_id) s
       WHERE s.participant_id = p.id`);
    await queryRunner.query(`
      UPDATE participants p SET coordinator_id = c.coordinator_id
        FROM (SELECT DISTINCT ON (participant_id) participant_id, coordinator_id
                FROM care_plans ORDER BY participant_id, version DESC) c
       WHERE c.participant_id = p.id`);
    await queryRunner.query(`
      UPDATE participants p SET connector_id = s.connector_id
        FROM (SELECT DISTINCT ON (participant_id) participant_id, details->>'communityConnectorId' AS connector_id
                FROM journey_steps WHERE step = 'offer' ORDER BY participant_id, sequence DESC) s
       WHERE s.participant_id = p.id`);
    await queryRunner.query(`
      UPDATE carers c SET coordinator_id = s.coordinator_id
        FROM (SELECT DISTINCT ON (carer_id) carer_id, details->>'coordinatorId' AS coordinator_id
                FROM carer_steps WHERE step = 'support-plan' ORDER BY carer_id, sequence DESC) s
       WHERE s.carer_id = c.id`);

    // Caseloads: a staff member's open cases, a team's in due order (next due first, then the rest).
    await queryRunner.query(
      `CREATE INDEX ix_participants_coordinator ON participants (site_id, coordinator_id) WHERE closed_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_participants_connector ON participants (site_id, connector_id) WHERE closed_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_participants_team_caseload ON participants (site_id, team_id, next_review_due_on, id) WHERE closed_on IS NULL`,
    );
    // Worklists by stage: how long in the stage, and how long since the last step.
    await queryRunner.query(
      `CREATE INDEX ix_participants_team_stage_entered ON participants (site_id, team_id, stage, stage_entered_on, id) WHERE closed_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_participants_team_stage_last_step ON participants (site_id, team_id, stage, last_step_on, id) WHERE closed_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_carers_coordinator ON carers (site_id, coordinator_id) WHERE closed_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_carers_team_caseload ON carers (site_id, team_id, next_transition_on, id) WHERE closed_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_budget_statements_indicative ON budget_statements (participant_id) WHERE kind = 'indicative'`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_reminders_site_failed ON reminders (site_id, failed_at) WHERE status = 'failed'`,
    );

    await queryRunner.query(`
      CREATE TABLE case_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        site_id varchar(64) NOT NULL,
        participant_id uuid NULL,
        carer_id uuid NULL,
        request_id varchar(200) NOT NULL,
        after_sequence integer NOT NULL,
        stage varchar(32) NOT NULL,
        change varchar(16) NOT NULL,
        from_id varchar(64) NULL,
        to_id varchar(64) NOT NULL,
        reason text NULL,
        actor_staff_id varchar(64) NOT NULL,
        actor_team_id varchar(64) NOT NULL,
        effective_on date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_case_assignments_owner CHECK ((participant_id IS NULL) <> (carer_id IS NULL)),
        CONSTRAINT ck_case_assignments_change CHECK (change IN ('coordinator', 'connector', 'team')),
        CONSTRAINT case_assignments_participant_id_fkey FOREIGN KEY (participant_id)
          REFERENCES participants (id) ON DELETE CASCADE,
        CONSTRAINT case_assignments_carer_id_fkey FOREIGN KEY (carer_id) REFERENCES carers (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_case_assignments_participant_request ON case_assignments (participant_id, request_id) WHERE participant_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_case_assignments_carer_request ON case_assignments (carer_id, request_id) WHERE carer_id IS NOT NULL`,
    );

    await queryRunner.query(`ALTER TABLE site_settings ADD COLUMN worklist_thresholds jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE site_settings DROP COLUMN worklist_thresholds`);
    await queryRunner.query(`DROP TABLE case_assignments`);
    for (const index of [
      'ix_participants_coordinator',
      'ix_participants_connector',
      'ix_participants_team_caseload',
      'ix_participants_team_stage_entered',
      'ix_participants_team_stage_last_step',
      'ix_carers_coordinator',
      'ix_carers_team_caseload',
      'ix_budget_statements_indicative',
      'ix_reminders_site_failed',
    ]) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
    await queryRunner.query(`ALTER TABLE carers DROP COLUMN coordinator_id`);
    await queryRunner.query(
      `ALTER TABLE participants DROP COLUMN coordinator_id, DROP COLUMN connector_id, DROP COLUMN last_step_on`,
    );
  }
}
