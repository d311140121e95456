import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The coded case fields HTCDS has and shelters record (means of control, recruiter relationship),
 * the consent to transnational referral, assistance received before the case, and what an HTCDS
 * import brought with an incoming referral (`referral_imports`); see docs/interchange.md.
 */
export class TransnationalExchange1796397750662 implements MigrationInterface {
  name = 'TransnationalExchange1796397750662';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "referral_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "referral_id" uuid NOT NULL, "partner_name" character varying(200) NOT NULL, "identified_at" date NOT NULL, "identified_by" character varying(32) NOT NULL, "formal_identified_at" date, "formal_identified_by" character varying(32), "recruitment_countries" character varying(2) array NOT NULL DEFAULT '{}', "exploitation_countries" character varying(2) array NOT NULL DEFAULT '{}', "means_of_control" character varying(32) array NOT NULL DEFAULT '{}', "recruiter_relationship" character varying(24), "assistance_types" character varying(48) array NOT NULL DEFAULT '{}', "child" boolean, "consent_includes_identity" boolean NOT NULL, "identity_enc" text, CONSTRAINT "referral_imports_identity_check" CHECK (identity_enc IS NULL OR consent_includes_identity), CONSTRAINT "referral_imports_formal_identification_check" CHECK ((formal_identified_at IS NULL) = (formal_identified_by IS NULL)), CONSTRAINT "referral_imports_formal_identified_by_check" CHECK (formal_identified_by IN ('police', 'border_police', 'prosecution', 'social_assistance', 'child_protection_agency', 'consulate', 'local_commission', 'ngo', 'iom', 'hotline', 'self_referral', 'foreign_authority', 'other')), CONSTRAINT "referral_imports_identified_by_check" CHECK (identified_by IN ('police', 'border_police', 'prosecution', 'social_assistance', 'child_protection_agency', 'consulate', 'local_commission', 'ngo', 'iom', 'hotline', 'self_referral', 'foreign_authority', 'other')), CONSTRAINT "PK_1cf81f40bb5424a04e3657199bf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "referral_imports_referral_key" ON "referral_imports" ("referral_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "means_of_control" character varying(32) array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "cases" ADD "recruiter_relationship" character varying(24)`);
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "assistance_before" character varying(48) array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "cases" ADD "trm_consent_given" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "trm_consent_date" date`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "trm_consent_identity" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "cases_trm_consent_check" CHECK (trm_consent_given = (trm_consent_date IS NOT NULL) AND (trm_consent_given OR NOT trm_consent_identity))`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "cases_recruiter_relationship_check" CHECK (recruiter_relationship IN ('family', 'intimate_partner', 'friend', 'acquaintance', 'stranger'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "cases_means_of_control_check" CHECK (means_of_control <@ ARRAY['debt_bondage', 'takes_earnings', 'restricts_financial_access', 'threats', 'psychological_abuse', 'physical_abuse', 'sexual_abuse', 'false_promises', 'psychoactive_substances', 'restricts_movement', 'restricts_medical_care', 'excessive_working_hours', 'uses_children', 'threat_of_law_enforcement', 'withholds_necessities', 'withholds_documents', 'other']::varchar[])`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral_imports" ADD CONSTRAINT "referral_imports_referral_fkey" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referral_imports" DROP CONSTRAINT "referral_imports_referral_fkey"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "cases_means_of_control_check"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "cases_recruiter_relationship_check"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "cases_trm_consent_check"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "trm_consent_identity"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "trm_consent_date"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "trm_consent_given"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "assistance_before"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "recruiter_relationship"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "means_of_control"`);
    await queryRunner.query(`DROP INDEX "public"."referral_imports_referral_key"`);
    await queryRunner.query(`DROP TABLE "referral_imports"`);
  }
}
