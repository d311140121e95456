import { MigrationInterface, QueryRunner } from 'typeorm';

/** The id of the request that asked for a statistics run, so the worker's log lines for it carry it. */
export class RunRequestId1796411000000 implements MigrationInterface {
  name = 'RunRequestId1796411000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statistics_runs" ADD "request_id" character varying(64)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statistics_runs" DROP COLUMN "request_id"`);
  }
}
