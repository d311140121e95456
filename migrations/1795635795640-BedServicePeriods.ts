import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each bed was in service, so that capacity on a past day does not change when a bed is taken
 * out of service today (docs/statistics.md, "Monitoring snapshots"). A trigger on beds keeps the
 * periods, whoever changes a bed. Beds already out of service get no period: when they left is not
 * known, as before.
 */
export class BedServicePeriods1795635795640 implements MigrationInterface {
  name = 'BedServicePeriods1795635795640';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "bed_service_periods" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bed_id" uuid NOT NULL, "from_at" TIMESTAMP WITH TIME ZONE NOT NULL, "to_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "bed_service_periods_range_check" CHECK (to_at IS NULL OR to_at > from_at), CONSTRAINT "bed_service_periods_overlap_excl" EXCLUDE USING gist ("bed_id" WITH =, tstzrange("from_at", "to_at") WITH &&), CONSTRAINT "PK_a4dda755739eff2853ea905d1bf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "bed_service_periods" ADD CONSTRAINT "bed_service_periods_bed_fkey" FOREIGN KEY ("bed_id") REFERENCES "beds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO bed_service_periods (bed_id, from_at) SELECT id, created_at FROM beds WHERE active`,
    );
    // Out of service and back within one transaction leaves no empty period behind.
    await queryRunner.query(`
      CREATE FUNCTION beds_record_service_period() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NEW.active THEN
            INSERT INTO bed_service_periods (bed_id, from_at) VALUES (NEW.id, NEW.created_at);
          END IF;
        ELSIF NEW.active AND NOT OLD.active THEN
          INSERT INTO bed_service_periods (bed_id, from_at) VALUES (NEW.id, now());
        ELSIF OLD.active AND NOT NEW.active THEN
          DELETE FROM bed_service_periods WHERE bed_id = NEW.id AND to_at IS NULL AND from_at >= now();
          UPDATE bed_service_periods SET to_at = now() WHERE bed_id = NEW.id AND to_at IS NULL;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER beds_service_period AFTER INSERT OR UPDATE OF active ON beds FOR EACH ROW EXECUTE FUNCTION beds_record_service_period()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER beds_service_period ON beds`);
    await queryRunner.query(`DROP FUNCTION beds_record_service_period()`);
    await queryRunner.query(`ALTER TABLE "bed_service_periods" DROP CONSTRAINT "bed_service_periods_bed_fkey"`);
    await queryRunner.query(`DROP TABLE "bed_service_periods"`);
  }
}
