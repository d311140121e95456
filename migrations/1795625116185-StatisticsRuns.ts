import { MigrationInterface, QueryRunner } from 'typeorm';

/** Statistics runs (requested builds) and the monitoring snapshots they build (docs/statistics.md). */
export class StatisticsRuns1795625116185 implements MigrationInterface {
  name = 'StatisticsRuns1795625116185';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "statistics_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "requested_by" uuid, "period_from" date NOT NULL, "period_to" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'queued', "progress" smallint NOT NULL DEFAULT '0', "error" character varying(500), "attempts" integer NOT NULL DEFAULT '0', "enqueued_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "statistics_runs_period_check" CHECK (period_from <= period_to), CONSTRAINT "statistics_runs_progress_check" CHECK (progress BETWEEN 0 AND 100), CONSTRAINT "statistics_runs_status_check" CHECK (status IN ('queued', 'running', 'done', 'failed')), CONSTRAINT "PK_c097c282ea8f82955bb8dd0287f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "statistics_runs_created_idx" ON "statistics_runs" ("created_at") `);
    await queryRunner.query(
      `CREATE INDEX "statistics_runs_pending_idx" ON "statistics_runs" ("created_at") WHERE status = 'queued'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "statistics_runs_nightly_key" ON "statistics_runs" ("period_from", "period_to") WHERE requested_by IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "monitoring_snapshots" ("facility_id" uuid NOT NULL, "period_kind" character varying(8) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "metric" character varying(64) NOT NULL, "dimension" character varying(64) NOT NULL DEFAULT '', "value" numeric NOT NULL, "run_id" uuid, CONSTRAINT "monitoring_snapshots_period_check" CHECK (period_start <= period_end), CONSTRAINT "monitoring_snapshots_kind_check" CHECK (period_kind IN ('day', 'month', 'year')), CONSTRAINT "monitoring_snapshots_pkey" PRIMARY KEY ("facility_id", "period_kind", "period_start", "metric", "dimension"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "monitoring_snapshots_period_idx" ON "monitoring_snapshots" ("period_kind", "period_start") `,
    );
    await queryRunner.query(
      `ALTER TABLE "statistics_runs" ADD CONSTRAINT "FK_ab24225ac16c42b4f5e5e8a9427" FOREIGN KEY ("requested_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitoring_snapshots" ADD CONSTRAINT "FK_5c339e65f077fa1fb4bacbff608" FOREIGN KEY ("facility_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitoring_snapshots" ADD CONSTRAINT "FK_9a284eab897f09bdc8220591b20" FOREIGN KEY ("run_id") REFERENCES "statistics_runs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "monitoring_snapshots" DROP CONSTRAINT "FK_9a284eab897f09bdc8220591b20"`);
    await queryRunner.query(`ALTER TABLE "monitoring_snapshots" DROP CONSTRAINT "FK_5c339e65f077fa1fb4bacbff608"`);
    await queryRunner.query(`ALTER TABLE "statistics_runs" DROP CONSTRAINT "FK_ab24225ac16c42b4f5e5e8a9427"`);
    await queryRunner.query(`DROP INDEX "public"."monitoring_snapshots_period_idx"`);
    await queryRunner.query(`DROP TABLE "monitoring_snapshots"`);
    await queryRunner.query(`DROP INDEX "public"."statistics_runs_nightly_key"`);
    await queryRunner.query(`DROP INDEX "public"."statistics_runs_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."statistics_runs_created_idx"`);
    await queryRunner.query(`DROP TABLE "statistics_runs"`);
  }
}
