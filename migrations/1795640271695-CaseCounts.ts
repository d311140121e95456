import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cases per facility and status, kept by a trigger on cases in the same transaction as each change,
 * so that an unfiltered case list gets its total without counting every case on each request
 * (docs/case-records.md, "Benchmark").
 */
export class CaseCounts1795640271695 implements MigrationInterface {
  name = 'CaseCounts1795640271695';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_counts" ("facility_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "n" integer NOT NULL, CONSTRAINT "case_counts_n_check" CHECK (n >= 0), CONSTRAINT "PK_fa678770c524eeed019daeec7bb" PRIMARY KEY ("facility_id", "status"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_counts" ADD CONSTRAINT "case_counts_facility_fkey" FOREIGN KEY ("facility_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // A change of status touches two rows: always in the same order (facility, then status), so
    // two cases moving in opposite directions at once cannot deadlock on them.
    await queryRunner.query(`
      CREATE FUNCTION cases_count_add(uuid, text, int) RETURNS void LANGUAGE sql AS $$
        UPDATE case_counts SET n = n + $3 WHERE facility_id = $1 AND status = $2 AND $3 < 0;
        INSERT INTO case_counts (facility_id, status, n) SELECT $1, $2, $3 WHERE $3 > 0
        ON CONFLICT (facility_id, status) DO UPDATE SET n = case_counts.n + EXCLUDED.n;
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION cases_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM cases_count_add(NEW.facility_id, NEW.status, 1);
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM cases_count_add(OLD.facility_id, OLD.status, -1);
        ELSIF (OLD.facility_id, OLD.status) < (NEW.facility_id, NEW.status) THEN
          PERFORM cases_count_add(OLD.facility_id, OLD.status, -1);
          PERFORM cases_count_add(NEW.facility_id, NEW.status, 1);
        ELSIF (OLD.facility_id, OLD.status) > (NEW.facility_id, NEW.status) THEN
          PERFORM cases_count_add(NEW.facility_id, NEW.status, 1);
          PERFORM cases_count_add(OLD.facility_id, OLD.status, -1);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER cases_count AFTER INSERT OR DELETE OR UPDATE OF status, facility_id ON cases FOR EACH ROW EXECUTE FUNCTION cases_count_change()`,
    );
    await queryRunner.query(
      `INSERT INTO case_counts (facility_id, status, n) SELECT facility_id, status, count(*) FROM cases GROUP BY facility_id, status`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER cases_count ON cases`);
    await queryRunner.query(`DROP FUNCTION cases_count_change()`);
    await queryRunner.query(`DROP FUNCTION cases_count_add(uuid, text, int)`);
    await queryRunner.query(`ALTER TABLE "case_counts" DROP CONSTRAINT "case_counts_facility_fkey"`);
    await queryRunner.query(`DROP TABLE "case_counts"`);
  }
}
