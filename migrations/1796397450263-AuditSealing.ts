import { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_CHAIN } from './1795625325143-CaseRecords';

/**
 * `hash = sha256(prev_hash || canonical JSON of the entry at position id)`: the formula of the
 * first chain with the position in place of the entry's id, so the hashes sealed before this
 * migration stay valid.
 */
const ENTRY_HASH = `CREATE FUNCTION audit_entry_hash(prev_hash character, id bigint, entry audit_log) RETURNS character(64) LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(prev_hash || json_build_array(
        id, to_char(entry.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), entry.actor_id, entry.actor_role,
        entry.action, entry.entity, entry.entity_id, entry.request_id)::text, 'UTF8')), 'hex')
  $$`;

/**
 * The sealer. Under the lock of the chain head row (taken only by sealers: writers never touch
 * it), it gives every committed entry not sealed yet the next position, in insertion order, and
 * chains it. Which entries can still arrive: those of transactions running when the sealer
 * started, whose ids are not below `pg_snapshot_xmin` of its snapshot; every older transaction
 * has ended and its entries are visible, so they are sealed now. That bound becomes the head's
 * `horizon`, below which no entry may stay unsealed. `wait`: wait for a sealer at work (to read
 * a fully sealed log) rather than leave the work to it.
 */
const SEAL = `CREATE FUNCTION audit_seal(wait boolean) RETURNS integer LANGUAGE plpgsql AS $$
    DECLARE
        visible_from bigint := pg_snapshot_xmin(pg_current_snapshot())::text::bigint;
        head audit_chain_head%ROWTYPE;
        entry audit_log%ROWTYPE;
        ids bigint[] := '{}';
        seqs bigint[] := '{}';
        prevs text[] := '{}';
        hashes text[] := '{}';
    BEGIN
        IF wait THEN
            SELECT * INTO head FROM audit_chain_head FOR UPDATE;
        ELSE
            SELECT * INTO head FROM audit_chain_head FOR UPDATE SKIP LOCKED;
            IF NOT FOUND THEN
                RETURN 0;
            END IF;
        END IF;
        FOR entry IN
            SELECT a.* FROM audit_log a
             WHERE a.xid >= head.horizon AND NOT EXISTS (SELECT FROM audit_seal s WHERE s.seq = a.seq)
             ORDER BY a.seq
        LOOP
            head.last_id := head.last_id + 1;
            ids := ids || head.last_id;
            seqs := seqs || entry.seq;
            prevs := prevs || head.last_hash::text;
            head.last_hash := audit_entry_hash(head.last_hash, head.last_id, entry);
            hashes := hashes || head.last_hash::text;
        END LOOP;
        IF cardinality(ids) = 0 AND visible_from <= head.horizon THEN
            RETURN 0;
        END IF;
        PERFORM set_config('ibd.audit_sealing', 'on', true);
        INSERT INTO audit_seal (id, seq, prev_hash, hash) SELECT * FROM unnest(ids, seqs, prevs, hashes);
        UPDATE audit_chain_head
           SET last_id = head.last_id, last_hash = head.last_hash, horizon = greatest(head.horizon, visible_from);
        PERFORM set_config('ibd.audit_sealing', '', true);
        RETURN cardinality(ids);
    END $$`;

const NEW_CHAIN = [
  ENTRY_HASH,
  `CREATE FUNCTION audit_log_prepare() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.xid := pg_current_xact_id()::text::bigint;
        NEW.at := clock_timestamp();
        RETURN NEW;
    END $$`,
  `CREATE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP USING ERRCODE = 'P0001', CONSTRAINT = 'audit_log_append_only';
    END $$`,
  // Seals and the head change only inside audit_seal(), which flags its own transaction.
  `CREATE FUNCTION audit_seal_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') AND current_setting('ibd.audit_sealing', true) = 'on' THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'the audit chain is append-only and moved by the sealer alone: % refused', TG_OP USING ERRCODE = 'P0001', CONSTRAINT = 'audit_log_append_only';
    END $$`,
  SEAL,
  `CREATE TRIGGER audit_log_prepare BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_prepare()`,
  `CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()`,
  `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse()`,
  `CREATE TRIGGER audit_seal_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_seal FOR EACH STATEMENT EXECUTE FUNCTION audit_seal_guard()`,
  `CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal FOR EACH STATEMENT EXECUTE FUNCTION audit_seal_guard()`,
  `CREATE TRIGGER audit_chain_head_guard BEFORE UPDATE OR DELETE ON audit_chain_head FOR EACH STATEMENT EXECUTE FUNCTION audit_seal_guard()`,
  `CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head FOR EACH STATEMENT EXECUTE FUNCTION audit_seal_guard()`,
];

/** The triggers and functions of either design, dropped before the other is put in place. */
const DROP_TRIGGERS = [
  `DROP TRIGGER IF EXISTS audit_log_prepare ON audit_log`,
  `DROP TRIGGER IF EXISTS audit_log_seal ON audit_log`,
  `DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log`,
  `DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log`,
  `DROP TRIGGER IF EXISTS audit_chain_head_guard ON audit_chain_head`,
  `DROP TRIGGER IF EXISTS audit_chain_head_no_truncate ON audit_chain_head`,
  `DROP FUNCTION IF EXISTS audit_log_prepare()`,
  `DROP FUNCTION IF EXISTS audit_log_seal()`,
  `DROP FUNCTION IF EXISTS audit_log_refuse()`,
  `DROP FUNCTION IF EXISTS audit_chain_head_guard()`,
];

/**
 * Writers no longer take the chain head (docs/data-protection.md, "Audit log"). The deferred
 * trigger that sealed each entry at commit held the single head row until the commit was on disk,
 * so every audited write waited for all the others. Entries are now sealed after commit by
 * `audit_seal()` into `audit_seal`; `audit_log` is never updated at all. The sealed chain is
 * carried over position by position.
 */
export class AuditSealing1796397450263 implements MigrationInterface {
  name = 'AuditSealing1796397450263';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DROP_TRIGGERS) await queryRunner.query(statement);
    await queryRunner.query(`DROP FUNCTION audit_log_hash(audit_log)`);
    // Insertion order of the entries sealed so far is their chain order.
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "seq" bigint`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "xid" bigint NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `UPDATE audit_log a SET seq = n.seq FROM (SELECT key, row_number() OVER (ORDER BY id NULLS LAST, at, key) AS seq FROM audit_log) n WHERE n.key = a.key`,
    );
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "xid" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "seq" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "seq" ADD GENERATED ALWAYS AS IDENTITY`);
    await queryRunner.query(
      `SELECT setval(pg_get_serial_sequence('audit_log', 'seq'), coalesce(max(seq), 0) + 1, false) FROM audit_log`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_seal" ("id" bigint NOT NULL, "seq" bigint NOT NULL, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "audit_seal_pkey" PRIMARY KEY ("id"), CONSTRAINT "audit_seal_seq_key" UNIQUE ("seq"))`,
    );
    await queryRunner.query(
      `INSERT INTO audit_seal (id, seq, prev_hash, hash) SELECT id, seq, prev_hash, hash FROM audit_log WHERE id IS NOT NULL AND hash IS NOT NULL`,
    );
    // Every entry written so far has its seal (one written behind the triggers stays unsealed and is reported).
    await queryRunner.query(
      `ALTER TABLE "audit_chain_head" ADD "horizon" bigint NOT NULL DEFAULT pg_snapshot_xmin(pg_current_snapshot())::text::bigint`,
    );
    await queryRunner.query(`ALTER TABLE "audit_chain_head" ALTER COLUMN "horizon" DROP DEFAULT`);
    for (const statement of NEW_CHAIN) await queryRunner.query(statement);
    await queryRunner.query(`DROP INDEX "public"."audit_log_id_key"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP CONSTRAINT "PK_770e3cc75b40c29449f0e4fe531"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "key"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "id"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "prev_hash"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "hash"`);
    await queryRunner.query(
      `ALTER TABLE "audit_log" ADD CONSTRAINT "PK_ce5b9b7d945cab0a6c604bafd9e" PRIMARY KEY ("seq")`,
    );
    await queryRunner.query(`CREATE INDEX "audit_log_xid_idx" ON "audit_log" ("xid") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SELECT audit_seal(true)`);
    for (const statement of DROP_TRIGGERS) await queryRunner.query(statement);
    await queryRunner.query(`DROP TRIGGER audit_seal_guard ON audit_seal`);
    await queryRunner.query(`DROP TRIGGER audit_seal_no_truncate ON audit_seal`);
    await queryRunner.query(`DROP FUNCTION audit_seal(boolean)`);
    await queryRunner.query(`DROP FUNCTION audit_seal_guard()`);
    await queryRunner.query(`DROP FUNCTION audit_entry_hash(character, bigint, audit_log)`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_xid_idx"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP CONSTRAINT "PK_ce5b9b7d945cab0a6c604bafd9e"`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "key" uuid NOT NULL DEFAULT gen_random_uuid()`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "id" bigint`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "prev_hash" character(64)`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "hash" character(64)`);
    await queryRunner.query(
      `UPDATE audit_log a SET id = s.id, prev_hash = s.prev_hash, hash = s.hash FROM audit_seal s WHERE s.seq = a.seq`,
    );
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "xid"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "seq"`);
    await queryRunner.query(
      `ALTER TABLE "audit_log" ADD CONSTRAINT "PK_770e3cc75b40c29449f0e4fe531" PRIMARY KEY ("key")`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "audit_log_id_key" ON "audit_log" ("id") `);
    await queryRunner.query(`DROP TABLE "audit_seal"`);
    await queryRunner.query(`ALTER TABLE "audit_chain_head" DROP COLUMN "horizon"`);
    // The first design's functions and triggers, as CaseRecords created them (after its head table and row).
    for (const statement of AUDIT_CHAIN.slice(2)) await queryRunner.query(statement);
  }
}
