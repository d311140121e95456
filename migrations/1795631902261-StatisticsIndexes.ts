import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes by which the statistics build and the reporting tables (docs/statistics.md) read the
 * records of a period: a nightly run reads one day of services, referrals and cases instead of the
 * whole tables.
 */
export class StatisticsIndexes1795631902261 implements MigrationInterface {
  name = 'StatisticsIndexes1795631902261';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "cases_closed_at_idx" ON "cases" ("closed_at") `);
    await queryRunner.query(`CREATE INDEX "cases_opened_at_idx" ON "cases" ("opened_at") `);
    await queryRunner.query(`CREATE INDEX "service_records_provided_idx" ON "service_records" ("provided_at") `);
    await queryRunner.query(`CREATE INDEX "referrals_answered_idx" ON "referrals" ("answered_at") `);
    await queryRunner.query(`CREATE INDEX "referrals_sent_idx" ON "referrals" ("sent_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."referrals_sent_idx"`);
    await queryRunner.query(`DROP INDEX "public"."referrals_answered_idx"`);
    await queryRunner.query(`DROP INDEX "public"."service_records_provided_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cases_opened_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cases_closed_at_idx"`);
  }
}
