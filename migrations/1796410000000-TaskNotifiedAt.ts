import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A child notification records when the authority was notified, which may be earlier than when it
 * was marked done. Tasks done before keep their done time as the notification time.
 */
export class TaskNotifiedAt1796410000000 implements MigrationInterface {
  name = 'TaskNotifiedAt1796410000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_tasks" ADD "notified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "case_tasks" SET "notified_at" = "done_at" WHERE "done_at" IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_notified_check" CHECK ((notified_at IS NULL) = (done_at IS NULL) AND notified_at <= done_at)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_tasks" DROP CONSTRAINT "case_tasks_notified_check"`);
    await queryRunner.query(`ALTER TABLE "case_tasks" DROP COLUMN "notified_at"`);
  }
}
