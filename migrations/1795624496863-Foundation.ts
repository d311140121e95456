import { MigrationInterface, QueryRunner } from 'typeorm';

/** The seven specialised services of the Commission and its administration (docs/domain.md, "Units"). */
const FACILITIES = [
  ['SOF-SHELTER', 'Приют за временно настаняване – София', 'София', 'temporary_shelter'],
  ['SOF-CENTRE', 'Център за закрила и помощ – София', 'София', 'support_centre'],
  ['BGS-SHELTER', 'Приют за временно настаняване – Бургас', 'Бургас', 'temporary_shelter'],
  ['BGS-REINT', 'Приют за последваща реинтеграция – Бургас', 'Бургас', 'reintegration_shelter'],
  ['BGS-CENTRE', 'Център за консултиране и подкрепа – Бургас', 'Бургас', 'support_centre'],
  ['VAR-SHELTER', 'Приют за временно настаняване – Варна', 'Варна', 'temporary_shelter'],
  ['VAR-CENTRE', 'Център за консултиране и подкрепа – Варна', 'Варна', 'support_centre'],
  ['ANKBTH', 'Администрация на НКБТХ', 'София', 'administration'],
];

export class Foundation1795624496863 implements MigrationInterface {
  name = 'Foundation1795624496863';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "name" character varying(200) NOT NULL, "city" character varying(100), "kind" character varying(32) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "units_code_key" UNIQUE ("code"), CONSTRAINT "units_kind_check" CHECK (kind IN ('temporary_shelter', 'reintegration_shelter', 'support_centre', 'agency', 'administration')), CONSTRAINT "PK_5a8f2f064919b587d93936cb223" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "beds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "label" character varying(100) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2212ae7113d85a70dc65983e742" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "beds_unit_code_key" ON "beds" ("unit_id", "code") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64) NOT NULL, "display_name" character varying(200) NOT NULL, "password_hash" text NOT NULL, "role" character varying(32) NOT NULL, "unit_id" uuid NOT NULL, "active" boolean NOT NULL DEFAULT true, "credentials_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_username_key" UNIQUE ("username"), CONSTRAINT "users_role_check" CHECK (role IN ('shelter_staff', 'social_worker', 'monitor', 'auditor', 'admin')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "refresh_tokens_user_idx" ON "refresh_tokens" ("user_id") `);
    await queryRunner.query(`CREATE INDEX "refresh_tokens_family_idx" ON "refresh_tokens" ("family_id") `);
    await queryRunner.query(
      `CREATE TABLE "login_throttles" ("username" character varying(64) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "login_throttles_failures_check" CHECK (failures >= 0), CONSTRAINT "PK_cd01167af451e56376d42705ada" PRIMARY KEY ("username"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "beds" ADD CONSTRAINT "FK_ea9cdc62082d510d8469ac3af9b" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_b94ecc6be926a5d23aa7791ec8a" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "units" ("code", "name", "city", "kind") VALUES ${FACILITIES.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`).join(', ')}`,
      FACILITIES.flat(),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "units" WHERE "code" = ANY($1)`, [FACILITIES.map(([code]) => code)]);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_b94ecc6be926a5d23aa7791ec8a"`);
    await queryRunner.query(`ALTER TABLE "beds" DROP CONSTRAINT "FK_ea9cdc62082d510d8469ac3af9b"`);
    await queryRunner.query(`DROP TABLE "login_throttles"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_family_idx"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_user_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."beds_unit_code_key"`);
    await queryRunner.query(`DROP TABLE "beds"`);
    await queryRunner.query(`DROP TABLE "units"`);
  }
}
