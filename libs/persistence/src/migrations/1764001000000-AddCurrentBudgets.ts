import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A part's deployment as the figures count it: a withdrawn direct payment is notional from then on. */
const PART_SUMS = `
  SELECT count(*) FILTER (WHERE kind = 'direct-payment')::int AS direct_payment_parts,
         coalesce(sum(amount) FILTER (WHERE kind = 'direct-payment'), 0) AS direct_payment_pence,
         count(*) FILTER (WHERE kind = 'third-party')::int AS third_party_parts,
         coalesce(sum(amount) FILTER (WHERE kind = 'third-party'), 0) AS third_party_pence,
         count(*) FILTER (WHERE kind = 'individual-service-fund')::int AS individual_service_fund_parts,
         coalesce(sum(amount) FILTER (WHERE kind = 'individual-service-fund'), 0) AS individual_service_fund_pence,
         count(*) FILTER (WHERE kind = 'notional')::int AS notional_parts,
         coalesce(sum(amount) FILTER (WHERE kind = 'notional'), 0) AS notional_pence
    FROM (SELECT CASE WHEN part->>'withdrawnOn' IS NOT NULL THEN 'notional' ELSE part->>'deployment' END AS kind,
                 (part->>'amountPence')::bigint AS amount
            FROM jsonb_array_elements(b.parts) part) parts`;

const COLUMNS = `participant_id, site_id, cohort, version, total_pence, indicative_total_pence, nhs_pence,
  social_care_pence, education_pence, direct_payment_parts, direct_payment_pence, third_party_parts,
  third_party_pence, individual_service_fund_parts, individual_service_fund_pence, notional_parts, notional_pence`;

/** One budget version of an open journey, flattened to the figures' columns. */
const FLATTENED = `
  SELECT b.participant_id, p.site_id, p.cohort, b.version, b.total_pence, b.indicative_total_pence,
         coalesce((b.by_funder->>'nhs')::bigint, 0), coalesce((b.by_funder->>'socialCare')::bigint, 0),
         coalesce((b.by_funder->>'education')::bigint, 0), d.*
    FROM participants p, LATERAL (${PART_SUMS}) d`;

/**
 * The budget each open journey runs on now, flattened to the numbers programme figures add up (by
 * funder, by deployment, indicative against final), so those figures sum one narrow row per budget
 * instead of unpacking every version's JSON on each request. Kept by triggers: a new budget version
 * replaces the row, a closed journey's row goes.
 */
export class AddCurrentBudgets1764001000000 implements MigrationInterface {
  name = 'AddCurrentBudgets1764001000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE current_budgets (
        participant_id uuid PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
        site_id varchar(64) NOT NULL,
        cohort varchar(64) NOT NULL,
        version integer NOT NULL,
        total_pence bigint NOT NULL,
        indicative_total_pence bigint NULL,
        nhs_pence bigint NOT NULL,
        social_care_pence bigint NOT NULL,
        education_pence bigint NOT NULL,
        direct_payment_parts integer NOT NULL,
        direct_payment_pence bigint NOT NULL,
        third_party_parts integer NOT NULL,
        third_party_pence bigint NOT NULL,
        individual_service_fund_parts integer NOT NULL,
        individual_service_fund_pence bigint NOT NULL,
        notional_parts integer NOT NULL,
        notional_pence bigint NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX ix_current_budgets_site ON current_budgets (site_id)`);
    await queryRunner.query(`
      CREATE FUNCTION programme_track_current_budget() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO current_budgets (${COLUMNS})
        ${FLATTENED.replace('FROM participants p,', 'FROM (SELECT NEW.*) b, participants p,')}
         WHERE p.id = NEW.participant_id AND p.closed_on IS NULL
        ON CONFLICT (participant_id) DO UPDATE
          SET (${COLUMNS}) = ROW(${COLUMNS.split(',')
            .map((column) => `EXCLUDED.${column.trim()}`)
            .join(', ')})
          WHERE current_budgets.version <= EXCLUDED.version;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION programme_forget_closed_budget() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM current_budgets WHERE participant_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER programme_current_budget AFTER INSERT ON personal_budgets
         FOR EACH ROW EXECUTE FUNCTION programme_track_current_budget()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER programme_closed_budget AFTER UPDATE OF closed_on ON participants
         FOR EACH ROW WHEN (NEW.closed_on IS NOT NULL AND OLD.closed_on IS NULL)
         EXECUTE FUNCTION programme_forget_closed_budget()`,
    );
    await queryRunner.query(`
      INSERT INTO current_budgets (${COLUMNS})
      ${FLATTENED.replace(
        'FROM participants p,',
        `FROM (SELECT DISTINCT ON (participant_id) * FROM personal_budgets ORDER BY participant_id, version DESC) b
         JOIN participants p ON p.id = b.participant_id,`,
      )}
       WHERE p.closed_on IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER programme_closed_budget ON participants`);
    await queryRunner.query(`DROP TRIGGER programme_current_budget ON personal_budgets`);
    await queryRunner.query(`DROP FUNCTION programme_forget_closed_budget()`);
    await queryRunner.query(`DROP FUNCTION programme_track_current_budget()`);
    await queryRunner.query(`DROP TABLE current_budgets`);
  }
}
