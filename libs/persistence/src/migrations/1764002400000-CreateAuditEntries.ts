import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit of every access to a person's or a carer's record: who, in what role, when, which
 * record and which part, why (break glass), the request, and its outcome; never clinical content.
 * Append-only (UPDATE, DELETE and TRUNCATE are refused by triggers) and tamper-evident: the insert
 * trigger chains each entry to the previous one of its site by SHA-256 under a per-site advisory
 * lock, so each site's chain stays linear however many API processes write at once. The chain's
 * content is `json_build_array(...)::text` of the entry's fields, which `auditEntryContent`
 * (audit/audit-chain.ts) rebuilds byte for byte to verify it.
 */
export class CreateAuditEntries1764002400000 implements MigrationInterface {
  name = 'CreateAuditEntries1764002400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE audit_entry_seq AS bigint`);
    await queryRunner.query(`
      CREATE TABLE audit_entries (
        seq bigint PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        site_id varchar(64) NOT NULL,
        staff_id varchar(128) NOT NULL,
        staff_role varchar(32) NOT NULL,
        record_kind varchar(16) NOT NULL,
        record_id uuid NULL,
        part varchar(32) NOT NULL,
        access_reason text NULL,
        request_id varchar(128) NOT NULL,
        method varchar(8) NOT NULL,
        route varchar(200) NOT NULL,
        status smallint NOT NULL,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX ix_audit_entries_chain ON audit_entries (site_id, seq)`);
    await queryRunner.query(`CREATE INDEX ix_audit_entries_record ON audit_entries (site_id, record_id, seq)`);
    await queryRunner.query(`CREATE INDEX ix_audit_entries_staff ON audit_entries (site_id, staff_id, seq)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_chain_entry() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        previous char(64);
      BEGIN
        -- One writer per site's chain at a time, until its transaction commits.
        PERFORM pg_advisory_xact_lock(hashtext('audit_entries'), hashtext(NEW.site_id));
        SELECT hash INTO previous FROM audit_entries WHERE site_id = NEW.site_id ORDER BY seq DESC LIMIT 1;
        -- Numbered and stamped under the lock, so a chain's order is its seq order.
        NEW.seq := nextval('audit_entry_seq');
        NEW.occurred_at := date_trunc('milliseconds', clock_timestamp());
        NEW.prev_hash := coalesce(previous, repeat('0', 64));
        NEW.hash := encode(sha256(convert_to(NEW.prev_hash || json_build_array(
          NEW.seq,
          to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          NEW.site_id, NEW.staff_id, NEW.staff_role, NEW.record_kind, NEW.record_id, NEW.part,
          NEW.access_reason, NEW.request_id, NEW.method, NEW.route, NEW.status
        )::text, 'UTF8')), 'hex');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_chain BEFORE INSERT ON audit_entries
        FOR EACH ROW EXECUTE FUNCTION audit_chain_entry()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_entries
        FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_entries
        FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()`);
    // Where the API connects as a role of its own, it may only add entries and read them.
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_entries`);
    await queryRunner.query(`DROP FUNCTION audit_refuse_change()`);
    await queryRunner.query(`DROP FUNCTION audit_chain_entry()`);
    await queryRunner.query(`DROP SEQUENCE audit_entry_seq`);
  }
}
