import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Record-level anonymised exports (docs/statistics.md, "Record-level anonymised file"): a
 * statistics run of kind `record_export`, so the request goes through the same outbox as the
 * snapshot runs, and its file in `record_exports`. The nightly runs' key now covers snapshot runs
 * only.
 */
export class RecordExports1796396595552 implements MigrationInterface {
  name = 'RecordExports1796396595552';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "record_exports" ("run_id" uuid NOT NULL, "format" character varying(8) NOT NULL, "content" bytea, CONSTRAINT "record_exports_format_check" CHECK (format IN ('csv', 'json')), CONSTRAINT "PK_f4296aee08ef3ade3eb34b3351a" PRIMARY KEY ("run_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "statistics_runs" ADD "kind" character varying(16) NOT NULL DEFAULT 'snapshots'`,
    );
    await queryRunner.query(
      `ALTER TABLE "statistics_runs" ADD CONSTRAINT "statistics_runs_kind_check" CHECK (kind IN ('snapshots', 'record_export'))`,
    );
    await queryRunner.query(`DROP INDEX "public"."statistics_runs_nightly_key"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "statistics_runs_nightly_key" ON "statistics_runs" ("period_from", "period_to") WHERE requested_by IS NULL AND kind = 'snapshots'`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_exports" ADD CONSTRAINT "FK_f4296aee08ef3ade3eb34b3351a" FOREIGN KEY ("run_id") REFERENCES "statistics_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "record_exports" DROP CONSTRAINT "FK_f4296aee08ef3ade3eb34b3351a"`);
    await queryRunner.query(`DROP INDEX "public"."statistics_runs_nightly_key"`);
    await queryRunner.query(`DELETE FROM "statistics_runs" WHERE kind <> 'snapshots'`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "statistics_runs_nightly_key" ON "statistics_runs" ("period_from", "period_to") WHERE requested_by IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "statistics_runs" DROP CONSTRAINT "statistics_runs_kind_check"`);
    await queryRunner.query(`ALTER TABLE "statistics_runs" DROP COLUMN "kind"`);
    await queryRunner.query(`DROP TABLE "record_exports"`);
  }
}
