import { MigrationInterface, QueryRunner } from 'typeorm';

/** The minimum stay per residential kind: data, changed by an UPDATE when the law changes. */
const STAY_TERMS = [
  ['temporary_shelter', 30, 'ЗБТХ чл. 9 ал. 2 (ДВ бр. 81/2019): настаняването е за срок не по-малък от 30 дни'],
  ['reintegration_shelter', 180, 'Приют за последваща реинтеграция: срок по методиката на НКБТХ (конфигурируем)'],
];

/** Thresholds of the alerts job. */
const ALERT_SETTINGS = [
  ['term_ending_days', 7, 'days', 'Warn when a stay ends within this many days'],
  ['referral_answer_hours', 48, 'hours', 'Warn when a referral has waited longer than this for an answer'],
];

/**
 * Referrals (NRM), stays on beds, extensions and alerts (docs/referrals-placements.md). The
 * exclusion constraints need btree_gist (uuid equality inside a GiST index); beds get a unique
 * (id, unit_id) as the target of the composite foreign key that keeps every bed assignment inside
 * its facility.
 */
export class ReferralsPlacements1795625490476 implements MigrationInterface {
  name = 'ReferralsPlacements1795625490476';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `CREATE TABLE "referrals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(24) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'sent', "from_unit_id" uuid NOT NULL, "to_unit_id" uuid NOT NULL, "source" character varying(32), "case_id" uuid, "result_case_id" uuid, "victim_sex" character varying(16), "victim_citizenship" character(2), "victim_birth_year" smallint, "exploitation_forms" character varying(32) array NOT NULL DEFAULT '{}', "reason" character varying(2000) NOT NULL, "urgency" character varying(16) NOT NULL, "transnational_country" character(2), "consent_given" boolean NOT NULL, "consent_date" date NOT NULL, "consent_recorded_by" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_by" uuid NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by" uuid, "decline_reason" character varying(1000), "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by" uuid, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "referrals_result_case_check" CHECK (result_case_id IS NULL OR status IN ('accepted', 'completed')), CONSTRAINT "referrals_accepted_case_check" CHECK (status NOT IN ('accepted', 'completed') OR case_id IS NOT NULL), CONSTRAINT "referrals_completed_check" CHECK ((status = 'completed') = (completed_at IS NOT NULL)), CONSTRAINT "referrals_withdrawn_check" CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL)), CONSTRAINT "referrals_declined_check" CHECK ((status = 'declined') = (decline_reason IS NOT NULL)), CONSTRAINT "referrals_answered_check" CHECK ((status IN ('accepted', 'declined', 'completed')) = (answered_at IS NOT NULL AND answered_by IS NOT NULL)), CONSTRAINT "referrals_consent_check" CHECK (consent_given), CONSTRAINT "referrals_country_check" CHECK (transnational_country ~ '^[A-Z]{2}$'), CONSTRAINT "referrals_exploitation_forms_check" CHECK (exploitation_forms <@ ARRAY['sexual_exploitation', 'forced_labour', 'forced_begging', 'criminal_activities', 'organ_removal', 'forced_marriage', 'illegal_adoption', 'surrogacy', 'servitude', 'benefit_fraud', 'other']::varchar[]), CONSTRAINT "referrals_victim_citizenship_check" CHECK (victim_citizenship ~ '^[A-Z]{2}$'), CONSTRAINT "referrals_victim_birth_year_check" CHECK (victim_birth_year BETWEEN 1900 AND 2200), CONSTRAINT "referrals_victim_sex_check" CHECK (victim_sex IN ('female', 'male', 'other', 'unknown')), CONSTRAINT "referrals_person_check" CHECK (case_id IS NOT NULL OR victim_sex IS NOT NULL), CONSTRAINT "referrals_units_check" CHECK (from_unit_id <> to_unit_id), CONSTRAINT "referrals_source_check" CHECK (source IN ('police', 'border_police', 'prosecution', 'social_assistance', 'child_protection_agency', 'consulate', 'local_commission', 'ngo', 'iom', 'hotline', 'self_referral', 'foreign_authority', 'other')), CONSTRAINT "referrals_urgency_check" CHECK (urgency IN ('low', 'normal', 'high', 'emergency')), CONSTRAINT "referrals_status_check" CHECK (status IN ('sent', 'accepted', 'declined', 'withdrawn', 'completed')), CONSTRAINT "PK_ea9980e34f738b6252817326c08" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "referrals_open_case_key" ON "referrals" ("case_id", "to_unit_id") WHERE status = 'sent'`,
    );
    await queryRunner.query(`CREATE INDEX "referrals_result_case_idx" ON "referrals" ("result_case_id") `);
    await queryRunner.query(`CREATE INDEX "referrals_case_idx" ON "referrals" ("case_id") `);
    await queryRunner.query(
      `CREATE INDEX "referrals_from_unit_idx" ON "referrals" ("from_unit_id", "status", "sent_at") `,
    );
    await queryRunner.query(`CREATE INDEX "referrals_to_unit_idx" ON "referrals" ("to_unit_id", "status", "sent_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "referrals_code_key" ON "referrals" ("code") `);
    await queryRunner.query(
      `CREATE TABLE "stay_terms" ("facility_kind" character varying(32) NOT NULL, "min_stay_days" integer NOT NULL, "basis" character varying(500) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stay_terms_days_check" CHECK (min_stay_days > 0), CONSTRAINT "stay_terms_kind_check" CHECK (facility_kind IN ('temporary_shelter', 'reintegration_shelter')), CONSTRAINT "PK_9fc60e0f3755aadd620181e0efd" PRIMARY KEY ("facility_kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "placements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "facility_id" uuid NOT NULL, "referral_id" uuid, "admitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "initial_limit_date" date NOT NULL, "stay_limit_date" date NOT NULL, "consent_given" boolean NOT NULL, "consent_date" date NOT NULL, "consent_recorded_by" uuid NOT NULL, "discharged_at" TIMESTAMP WITH TIME ZONE, "discharge_reason" character varying(32), "destination" character varying(32), "discharged_by" uuid, "onward_referral_id" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "placements_id_facility_key" UNIQUE ("id", "facility_id"), CONSTRAINT "placements_destination_check" CHECK (destination IN ('home', 'family', 'independent_living', 'other_service', 'other_shelter', 'return_abroad', 'unknown', 'other')), CONSTRAINT "placements_discharge_reason_check" CHECK (discharge_reason IN ('term_ended', 'goals_met', 'own_decision', 'transferred', 'returned_abroad', 'rules_breach', 'lost_contact', 'other')), CONSTRAINT "placements_discharge_after_check" CHECK (discharged_at > admitted_at), CONSTRAINT "placements_discharge_check" CHECK ((discharged_at IS NULL) = (discharge_reason IS NULL) AND (discharged_at IS NULL) = (destination IS NULL) AND (discharged_at IS NULL) = (discharged_by IS NULL)), CONSTRAINT "placements_limit_check" CHECK (stay_limit_date >= initial_limit_date), CONSTRAINT "placements_consent_check" CHECK (consent_given), CONSTRAINT "placements_case_overlap_excl" EXCLUDE USING gist ("case_id" WITH =, tstzrange("admitted_at", "discharged_at") WITH &&), CONSTRAINT "PK_91cca43a1baa03ee278d7be74da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "placements_active_limit_idx" ON "placements" ("stay_limit_date") WHERE discharged_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "placements_facility_admitted_idx" ON "placements" ("facility_id", "admitted_at") `,
    );
    await queryRunner.query(`CREATE INDEX "placements_case_idx" ON "placements" ("case_id") `);
    await queryRunner.query(
      `CREATE TABLE "placement_extensions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "placement_id" uuid NOT NULL, "previous_limit_date" date NOT NULL, "new_limit_date" date NOT NULL, "proposer" character varying(32) NOT NULL, "reason" character varying(1000) NOT NULL, "basis" character varying(500) NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "placement_extensions_proposer_check" CHECK (proposer IN ('shelter', 'social_services', 'prosecution', 'resident', 'other')), CONSTRAINT "placement_extensions_later_check" CHECK (new_limit_date > previous_limit_date), CONSTRAINT "PK_6db41d38ec092a67ae430d2070c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "placement_extensions_placement_idx" ON "placement_extensions" ("placement_id", "recorded_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "bed_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "placement_id" uuid NOT NULL, "facility_id" uuid NOT NULL, "bed_id" uuid NOT NULL, "from_at" TIMESTAMP WITH TIME ZONE NOT NULL, "to_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "bed_assignments_range_check" CHECK (to_at IS NULL OR to_at > from_at), CONSTRAINT "bed_assignments_placement_overlap_excl" EXCLUDE USING gist ("placement_id" WITH =, tstzrange("from_at", "to_at") WITH &&), CONSTRAINT "bed_assignments_bed_overlap_excl" EXCLUDE USING gist ("bed_id" WITH =, tstzrange("from_at", "to_at") WITH &&), CONSTRAINT "PK_d1b89eb6415ac99c3ab74e0d4d0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "bed_assignments_facility_open_idx" ON "bed_assignments" ("facility_id") WHERE to_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "bed_assignments_placement_idx" ON "bed_assignments" ("placement_id") `);
    await queryRunner.query(
      `CREATE TABLE "alerts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(32) NOT NULL, "subject_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "sender_unit_id" uuid, "code" character varying(48) NOT NULL, "case_id" uuid, "due_date" date, "due_at" TIMESTAMP WITH TIME ZONE, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "alerts_due_check" CHECK ((due_date IS NULL) <> (due_at IS NULL)), CONSTRAINT "alerts_kind_check" CHECK (kind IN ('term_ending', 'term_overdue', 'child_notification_overdue', 'referral_unanswered')), CONSTRAINT "PK_60f895662df096bfcdfab7f4b96" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "alerts_sender_unit_idx" ON "alerts" ("sender_unit_id") `);
    await queryRunner.query(`CREATE INDEX "alerts_unit_idx" ON "alerts" ("unit_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "alerts_subject_key" ON "alerts" ("kind", "subject_id") `);
    await queryRunner.query(
      `CREATE TABLE "alert_settings" ("key" character varying(64) NOT NULL, "value" integer NOT NULL, "unit" character varying(16) NOT NULL, "description" character varying(500) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "alert_settings_unit_check" CHECK (unit IN ('hours', 'days')), CONSTRAINT "alert_settings_value_check" CHECK (value > 0), CONSTRAINT "PK_fbac020f79f07f4e58d93d2a86b" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`ALTER TABLE "beds" ADD CONSTRAINT "beds_id_unit_key" UNIQUE ("id", "unit_id")`);
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "referrals_from_unit_fkey" FOREIGN KEY ("from_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "referrals_to_unit_fkey" FOREIGN KEY ("to_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "referrals_result_case_fkey" FOREIGN KEY ("result_case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "referrals_consent_recorded_by_fkey" FOREIGN KEY ("consent_recorded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sent_by_fkey" FOREIGN KEY ("sent_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "referrals_answered_by_fkey" FOREIGN KEY ("answered_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "referrals_withdrawn_by_fkey" FOREIGN KEY ("withdrawn_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "placements_case_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "placements_facility_fkey" FOREIGN KEY ("facility_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "placements_referral_fkey" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "placements_consent_recorder_fkey" FOREIGN KEY ("consent_recorded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "placements_discharger_fkey" FOREIGN KEY ("discharged_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "placements_onward_referral_fkey" FOREIGN KEY ("onward_referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "placements_creator_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placement_extensions" ADD CONSTRAINT "placement_extensions_placement_fkey" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placement_extensions" ADD CONSTRAINT "placement_extensions_recorder_fkey" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bed_assignments" ADD CONSTRAINT "bed_assignments_placement_fkey" FOREIGN KEY ("placement_id", "facility_id") REFERENCES "placements"("id","facility_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bed_assignments" ADD CONSTRAINT "bed_assignments_bed_fkey" FOREIGN KEY ("bed_id", "facility_id") REFERENCES "beds"("id","unit_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bed_assignments" ADD CONSTRAINT "bed_assignments_creator_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alerts" ADD CONSTRAINT "alerts_unit_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alerts" ADD CONSTRAINT "alerts_sender_unit_fkey" FOREIGN KEY ("sender_unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "stay_terms" ("facility_kind", "min_stay_days", "basis") SELECT * FROM unnest($1::varchar[], $2::int[], $3::varchar[])`,
      [STAY_TERMS.map((t) => t[0]), STAY_TERMS.map((t) => t[1]), STAY_TERMS.map((t) => t[2])],
    );
    await queryRunner.query(
      `INSERT INTO "alert_settings" ("key", "value", "unit", "description") SELECT * FROM unnest($1::varchar[], $2::int[], $3::varchar[], $4::varchar[])`,
      [
        ALERT_SETTINGS.map((t) => t[0]),
        ALERT_SETTINGS.map((t) => t[1]),
        ALERT_SETTINGS.map((t) => t[2]),
        ALERT_SETTINGS.map((t) => t[3]),
      ],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "alerts" DROP CONSTRAINT "alerts_sender_unit_fkey"`);
    await queryRunner.query(`ALTER TABLE "alerts" DROP CONSTRAINT "alerts_unit_fkey"`);
    await queryRunner.query(`ALTER TABLE "bed_assignments" DROP CONSTRAINT "bed_assignments_creator_fkey"`);
    await queryRunner.query(`ALTER TABLE "bed_assignments" DROP CONSTRAINT "bed_assignments_bed_fkey"`);
    await queryRunner.query(`ALTER TABLE "bed_assignments" DROP CONSTRAINT "bed_assignments_placement_fkey"`);
    await queryRunner.query(`ALTER TABLE "placement_extensions" DROP CONSTRAINT "placement_extensions_recorder_fkey"`);
    await queryRunner.query(`ALTER TABLE "placement_extensions" DROP CONSTRAINT "placement_extensions_placement_fkey"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "placements_creator_fkey"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "placements_onward_referral_fkey"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "placements_discharger_fkey"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "placements_consent_recorder_fkey"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "placements_referral_fkey"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "placements_facility_fkey"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "placements_case_fkey"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "referrals_withdrawn_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "referrals_answered_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "referrals_sent_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "referrals_consent_recorded_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "referrals_result_case_fkey"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "referrals_case_fkey"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "referrals_to_unit_fkey"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "referrals_from_unit_fkey"`);
    await queryRunner.query(`ALTER TABLE "beds" DROP CONSTRAINT "beds_id_unit_key"`);
    await queryRunner.query(`DROP TABLE "alert_settings"`);
    await queryRunner.query(`DROP INDEX "public"."alerts_subject_key"`);
    await queryRunner.query(`DROP INDEX "public"."alerts_unit_idx"`);
    await queryRunner.query(`DROP INDEX "public"."alerts_sender_unit_idx"`);
    await queryRunner.query(`DROP TABLE "alerts"`);
    await queryRunner.query(`DROP INDEX "public"."bed_assignments_placement_idx"`);
    await queryRunner.query(`DROP INDEX "public"."bed_assignments_facility_open_idx"`);
    await queryRunner.query(`DROP TABLE "bed_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."placement_extensions_placement_idx"`);
    await queryRunner.query(`DROP TABLE "placement_extensions"`);
    await queryRunner.query(`DROP INDEX "public"."placements_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."placements_facility_admitted_idx"`);
    await queryRunner.query(`DROP INDEX "public"."placements_active_limit_idx"`);
    await queryRunner.query(`DROP TABLE "placements"`);
    await queryRunner.query(`DROP TABLE "stay_terms"`);
    await queryRunner.query(`DROP INDEX "public"."referrals_code_key"`);
    await queryRunner.query(`DROP INDEX "public"."referrals_to_unit_idx"`);
    await queryRunner.query(`DROP INDEX "public"."referrals_from_unit_idx"`);
    await queryRunner.query(`DROP INDEX "public"."referrals_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."referrals_result_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."referrals_open_case_key"`);
    await queryRunner.query(`DROP TABLE "referrals"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS btree_gist`);
  }
}
