import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions (one per refresh-token family), TOTP second factors (secret under the identity keyring),
 * one-time recovery codes (argon2id) and the per-role MFA policy (all roles required); see
 * docs/api.md, "Second factor (TOTP)" and "Sessions".
 */
export class SecondFactor1796402316060 implements MigrationInterface {
  name = 'SecondFactor1796402316060';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "client_address" character varying(64), "user_agent" character varying(256), "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "auth_sessions_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "auth_sessions_user_idx" ON "auth_sessions" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "second_factors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "secret_enc" text NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "last_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "second_factors_user_key" UNIQUE ("user_id"), CONSTRAINT "second_factors_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" text NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "recovery_codes_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "recovery_codes_user_idx" ON "recovery_codes" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "mfa_policies" ("role" character varying(32) NOT NULL, "required" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mfa_policies_role_check" CHECK (role IN ('shelter_staff', 'social_worker', 'monitor', 'auditor', 'admin')), CONSTRAINT "mfa_policies_pkey" PRIMARY KEY ("role"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The families already signed in become sessions, ended when none of their tokens is live.
    await queryRunner.query(`
          INSERT INTO auth_sessions (id, user_id, created_at, last_used_at, expires_at, ended_at)
          SELECT family_id, user_id, min(created_at), max(created_at), max(expires_at),
                 CASE WHEN bool_and(revoked_at IS NOT NULL) THEN max(revoked_at) END
            FROM refresh_tokens GROUP BY family_id, user_id`);
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_family_fkey" FOREIGN KEY ("family_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "second_factors" ADD CONSTRAINT "second_factors_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO mfa_policies (role) VALUES ('shelter_staff'), ('social_worker'), ('monitor'), ('auditor'), ('admin')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recovery_codes" DROP CONSTRAINT "recovery_codes_user_fkey"`);
    await queryRunner.query(`ALTER TABLE "second_factors" DROP CONSTRAINT "second_factors_user_fkey"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "refresh_tokens_family_fkey"`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP CONSTRAINT "auth_sessions_user_fkey"`);
    await queryRunner.query(`DROP TABLE "mfa_policies"`);
    await queryRunner.query(`DROP INDEX "public"."recovery_codes_user_idx"`);
    await queryRunner.query(`DROP TABLE "recovery_codes"`);
    await queryRunner.query(`DROP TABLE "second_factors"`);
    await queryRunner.query(`DROP INDEX "public"."auth_sessions_user_idx"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
  }
}
