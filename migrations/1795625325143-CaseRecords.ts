import { MigrationInterface, QueryRunner } from 'typeorm';

/** The service catalogue (docs/domain.md, "Codes"); admins add more. */
const SERVICE_TYPES = [
  ['accommodation', 'Настаняване', 'Accommodation'],
  ['psychological', 'Психологическа подкрепа', 'Psychological support'],
  ['social_work', 'Социална работа и консултиране', 'Social work and counselling'],
  ['legal_aid', 'Правна помощ', 'Legal aid'],
  ['medical', 'Медицинска помощ', 'Medical care'],
  ['interpretation', 'Превод и езикова помощ', 'Interpretation and language aid'],
  ['accompaniment', 'Придружаване до институции', 'Accompaniment to institutions'],
  ['education', 'Образование', 'Education'],
  ['vocational_employment', 'Професионално обучение и заетост', 'Vocational training and employment'],
  ['family_reintegration', 'Контакт и реинтеграция в семейството', 'Family contact and reintegration'],
  ['safe_return', 'Безопасно завръщане', 'Safe return'],
  ['financial_assistance', 'Финансова помощ', 'Financial assistance'],
  ['other', 'Друго', 'Other'],
];

/** Legal terms are data, not code (docs/domain.md, "Legal terms"): admins change them on the settings page. */
const LEGAL_TERMS = [
  ['reflection_days', 30, 'days', 'ЗБТХ: reflection period of an adult victim, from formal identification'],
  [
    'child_notification_hours',
    24,
    'hours',
    'ЗБТХ / NRM: ДАЗД, МВР and НКБТХ are notified within this time of identifying a child',
  ],
  [
    'retention_years',
    5,
    'years',
    'Data-protection policy: identity kept this long after a case closes, then anonymised',
  ],
];

/**
 * The audit log's chain. An entry is inserted unsealed; when its transaction commits, a deferred
 * trigger locks the single row of `audit_chain_head`, gives the entry the next id, the time, the
 * previous hash and `hash = sha256(prev_hash || canonical JSON of the entry)`. The lock is taken at
 * commit and held only until the commit completes, inside the database: ids, commit order and the
 * chain agree, and no client round trip happens while other writers wait.
 */
export const AUDIT_CHAIN = [
  `CREATE TABLE "audit_chain_head" ("singleton" boolean PRIMARY KEY DEFAULT true CHECK (singleton), "last_id" bigint NOT NULL DEFAULT 0, "last_hash" character(64) NOT NULL DEFAULT repeat('0', 64))`,
  `INSERT INTO "audit_chain_head" DEFAULT VALUES`,
  `CREATE FUNCTION audit_log_hash(entry audit_log) RETURNS character(64) LANGUAGE sql STABLE AS $$
        SELECT encode(sha256(convert_to(entry.prev_hash || json_build_array(
            entry.id, to_char(entry.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), entry.actor_id, entry.actor_role,
            entry.action, entry.entity, entry.entity_id, entry.request_id)::text, 'UTF8')), 'hex')
    $$`,
  `CREATE FUNCTION audit_log_prepare() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.id := NULL;
        NEW.at := clock_timestamp();
        NEW.prev_hash := NULL;
        NEW.hash := NULL;
        RETURN NEW;
    END $$`,
  `CREATE FUNCTION audit_log_seal() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        head audit_chain_head%ROWTYPE;
        entry audit_log%ROWTYPE := NEW;
    BEGIN
        UPDATE audit_chain_head SET last_id = last_id + 1 RETURNING * INTO head;
        entry.id := head.last_id;
        entry.at := clock_timestamp();
        entry.prev_hash := head.last_hash;
        entry.hash := audit_log_hash(entry);
        UPDATE audit_log SET id = entry.id, at = entry.at, prev_hash = entry.prev_hash, hash = entry.hash WHERE key = NEW.key;
        UPDATE audit_chain_head SET last_hash = entry.hash;
        RETURN NULL;
    END $$`,
  `CREATE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 AND OLD.hash IS NULL THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP USING ERRCODE = 'P0001', CONSTRAINT = 'audit_log_append_only';
    END $$`,
  `CREATE FUNCTION audit_chain_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'the audit chain head moves only with an append: % refused', TG_OP USING ERRCODE = 'P0001', CONSTRAINT = 'audit_log_append_only';
    END $$`,
  `CREATE TRIGGER audit_log_prepare BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_prepare()`,
  `CREATE CONSTRAINT TRIGGER audit_log_seal AFTER INSERT ON audit_log DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_log_seal()`,
  `CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()`,
  `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse()`,
  `CREATE TRIGGER audit_chain_head_guard BEFORE UPDATE OR DELETE ON audit_chain_head FOR EACH ROW EXECUTE FUNCTION audit_chain_head_guard()`,
  `CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_guard()`,
];

/** Victims, cases, tasks, plans, services rendered, the timeline and the audit log (docs/case-records.md). */
export class CaseRecords1795625325143 implements MigrationInterface {
  name = 'CaseRecords1795625325143';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "victims" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(16) NOT NULL, "sex" character varying(16) NOT NULL, "birth_year" smallint, "citizenship" character(2), "languages" character varying(3) array NOT NULL DEFAULT '{}', "identity_enc" text NOT NULL, "pn_index" character(64), "name_index" character(64) NOT NULL, "name_dob_index" character(64), "registered_by_unit_id" uuid NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "victims_citizenship_check" CHECK (citizenship ~ '^[A-Z]{2}$'), CONSTRAINT "victims_birth_year_check" CHECK (birth_year BETWEEN 1900 AND 2200), CONSTRAINT "victims_sex_check" CHECK (sex IN ('female', 'male', 'other', 'unknown')), CONSTRAINT "PK_36e54b9fe73d6e09c30f964507d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "victims_name_dob_index_idx" ON "victims" ("name_dob_index") `);
    await queryRunner.query(`CREATE INDEX "victims_name_index_idx" ON "victims" ("name_index") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "victims_pn_index_key" ON "victims" ("pn_index") WHERE pn_index IS NOT NULL`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "victims_code_key" ON "victims" ("code") `);
    await queryRunner.query(
      `CREATE TABLE "code_counters" ("scope" character varying(64) NOT NULL, "year" smallint NOT NULL, "last_value" integer NOT NULL, CONSTRAINT "PK_63a3a931e19c5514553e0146610" PRIMARY KEY ("scope", "year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "service_types" ("code" character varying(48) NOT NULL, "name_bg" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "service_types_code_check" CHECK (code ~ '^[a-z][a-z0-9_]{1,47}$'), CONSTRAINT "PK_46911ede58bb042f55a83c9349d" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("key" uuid NOT NULL DEFAULT gen_random_uuid(), "id" bigint, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_role" character varying(32) NOT NULL, "action" character varying(64) NOT NULL, "entity" character varying(64) NOT NULL, "entity_id" character varying(64), "request_id" character varying(64), "prev_hash" character(64), "hash" character(64), CONSTRAINT "PK_770e3cc75b40c29449f0e4fe531" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "audit_log_id_key" ON "audit_log" ("id") `);
    await queryRunner.query(`CREATE INDEX "audit_log_at_idx" ON "audit_log" ("at") `);
    await queryRunner.query(`CREATE INDEX "audit_log_actor_idx" ON "audit_log" ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "audit_log_entity_idx" ON "audit_log" ("entity", "entity_id") `);
    await queryRunner.query(
      `CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(48) NOT NULL, "victim_id" uuid NOT NULL, "facility_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "identified_at" date NOT NULL, "identified_by" character varying(32) NOT NULL, "formal_identified_at" date, "formal_identified_by" character varying(32), "exploitation_forms" character varying(32) array NOT NULL, "recruitment_countries" character varying(2) array NOT NULL DEFAULT '{}', "exploitation_countries" character varying(2) array NOT NULL DEFAULT '{}', "transnational" boolean NOT NULL, "child" boolean NOT NULL, "reflection_ends_on" date, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "activated_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "closure_reason" character varying(32), "retention_until" date, "created_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cases_closed_check" CHECK ((status = 'closed') = (closed_at IS NOT NULL AND closure_reason IS NOT NULL AND retention_until IS NOT NULL)), CONSTRAINT "cases_closure_reason_check" CHECK (closure_reason IN ('goals_met', 'moved_on', 'returned_abroad', 'lost_contact', 'declined_support', 'other')), CONSTRAINT "cases_exploitation_forms_check" CHECK (cardinality(exploitation_forms) > 0 AND exploitation_forms <@ ARRAY['sexual_exploitation', 'forced_labour', 'forced_begging', 'criminal_activities', 'organ_removal', 'forced_marriage', 'illegal_adoption', 'surrogacy', 'servitude', 'benefit_fraud', 'other']::varchar[]), CONSTRAINT "cases_formal_identification_check" CHECK ((formal_identified_at IS NULL) = (formal_identified_by IS NULL)), CONSTRAINT "cases_formal_identified_by_check" CHECK (formal_identified_by IN ('police', 'border_police', 'prosecution', 'social_assistance', 'child_protection_agency', 'consulate', 'local_commission', 'ngo', 'iom', 'hotline', 'self_referral', 'foreign_authority', 'other')), CONSTRAINT "cases_identified_by_check" CHECK (identified_by IN ('police', 'border_police', 'prosecution', 'social_assistance', 'child_protection_agency', 'consulate', 'local_commission', 'ngo', 'iom', 'hotline', 'self_referral', 'foreign_authority', 'other')), CONSTRAINT "cases_status_check" CHECK (status IN ('open', 'active', 'closed')), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "cases_identified_at_idx" ON "cases" ("identified_at") `);
    await queryRunner.query(`CREATE INDEX "cases_status_opened_idx" ON "cases" ("status", "opened_at") `);
    await queryRunner.query(
      `CREATE INDEX "cases_facility_status_opened_idx" ON "cases" ("facility_id", "status", "opened_at") `,
    );
    await queryRunner.query(`CREATE INDEX "cases_victim_idx" ON "cases" ("victim_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "cases_code_key" ON "cases" ("code") `);
    await queryRunner.query(
      `CREATE TABLE "case_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE, "done_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "case_tasks_done_check" CHECK ((done_at IS NULL) = (done_by IS NULL)), CONSTRAINT "case_tasks_kind_check" CHECK (kind IN ('notify_dazd', 'notify_mvr', 'notify_nkbth')), CONSTRAINT "PK_6884bc205016f0df75a601d9311" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "case_tasks_open_due_idx" ON "case_tasks" ("due_at") WHERE done_at IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "case_tasks_case_kind_key" ON "case_tasks" ("case_id", "kind") `);
    await queryRunner.query(
      `CREATE TABLE "case_events" ("id" BIGSERIAL NOT NULL, "case_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "kind" character varying(64) NOT NULL, "actor_id" uuid, "ref_id" uuid, "data" jsonb NOT NULL DEFAULT '{}', "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "case_events_case_at_idx" ON "case_events" ("case_id", "at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "legal_terms" ("key" character varying(64) NOT NULL, "value" integer NOT NULL, "unit" character varying(16) NOT NULL, "basis" character varying(500) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "legal_terms_unit_check" CHECK (unit IN ('hours', 'days', 'months', 'years')), CONSTRAINT "legal_terms_value_check" CHECK (value > 0), CONSTRAINT "PK_bf9f475c2870b35dfa5c3f9f9eb" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "text_enc" text NOT NULL, "risk_level" character varying(16), "due_on" date, "responsible_enc" text, "status" character varying(16) NOT NULL DEFAULT 'open', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plan_items_risk_level_check" CHECK ((kind = 'risk') = (risk_level IS NOT NULL) AND risk_level IN ('low', 'medium', 'high')), CONSTRAINT "plan_items_status_check" CHECK (status IN ('open', 'achieved', 'dropped')), CONSTRAINT "plan_items_kind_check" CHECK (kind IN ('need', 'risk', 'goal')), CONSTRAINT "PK_7095e15f5d5d331a9f170564d5b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "plan_items_case_idx" ON "plan_items" ("case_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "plan_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "reviewed_on" date NOT NULL, "summary_enc" text NOT NULL, "next_review_on" date, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_156728cf593bc21a68c5e03aa9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "plan_reviews_case_idx" ON "plan_reviews" ("case_id", "reviewed_on") `);
    await queryRunner.query(
      `CREATE TABLE "service_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "type" character varying(48) NOT NULL, "provided_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL, "staff_id" uuid NOT NULL, "facility_id" uuid NOT NULL, "notes_enc" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "service_records_duration_check" CHECK (duration_minutes BETWEEN 1 AND 1440), CONSTRAINT "PK_eb60ec90c5548e73a5211c48ab9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "service_records_facility_provided_idx" ON "service_records" ("facility_id", "provided_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "service_records_case_provided_idx" ON "service_records" ("case_id", "provided_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "victims" ADD CONSTRAINT "FK_22836124e2d15423fb2ffb8adc6" FOREIGN KEY ("registered_by_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "victims" ADD CONSTRAINT "FK_c8f55c405aa97c29e5838e04551" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_57312a35d959b35a0e8585e77c7" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_d617533dd417705fc9c99b4007c" FOREIGN KEY ("facility_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_16623a33f4933798b679f058d0b" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_tasks" ADD CONSTRAINT "FK_56c02dfdf393503573560ef2830" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_tasks" ADD CONSTRAINT "FK_a8ed083ab3b6462e0d4de7737fe" FOREIGN KEY ("done_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_events" ADD CONSTRAINT "FK_259dbf949114e25670ac6cad205" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_items" ADD CONSTRAINT "FK_8732f67c2cdcc6105721752f8c3" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_items" ADD CONSTRAINT "FK_f286865fc738ff7bb10fb12845b" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_reviews" ADD CONSTRAINT "FK_679e73c7d32c4e572e45f65cfdb" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_reviews" ADD CONSTRAINT "FK_b7a5c324605820a867bb042ec7d" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_records" ADD CONSTRAINT "FK_4dbbc8d97cc4e62d5e4afcd5c3a" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_records" ADD CONSTRAINT "FK_3603cf545c77c2e0be4d6a10286" FOREIGN KEY ("type") REFERENCES "service_types"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_records" ADD CONSTRAINT "FK_3677c3ca5843dc808d2759808b9" FOREIGN KEY ("staff_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_records" ADD CONSTRAINT "FK_83196150569111bf254f3024086" FOREIGN KEY ("facility_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    for (const statement of AUDIT_CHAIN) {
      await queryRunner.query(statement);
    }
    await queryRunner.query(
      `INSERT INTO "service_types" ("code", "name_bg", "name_en", "created_at")
             SELECT code, name_bg, name_en, now() + make_interval(secs => position / 1000000.0)
               FROM unnest($1::varchar[], $2::varchar[], $3::varchar[]) WITH ORDINALITY AS t(code, name_bg, name_en, position)`,
      [0, 1, 2].map((column) => SERVICE_TYPES.map((row) => row[column])),
    );
    await queryRunner.query(
      `INSERT INTO "legal_terms" ("key", "value", "unit", "basis") SELECT * FROM unnest($1::varchar[], $2::int[], $3::varchar[], $4::varchar[])`,
      [0, 1, 2, 3].map((column) => LEGAL_TERMS.map((row) => row[column])),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_chain_head"`);
    await queryRunner.query(`DROP TRIGGER audit_log_prepare ON audit_log`);
    await queryRunner.query(`DROP TRIGGER audit_log_seal ON audit_log`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_change ON audit_log`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_prepare()`);
    await queryRunner.query(`DROP FUNCTION audit_log_seal()`);
    await queryRunner.query(`DROP FUNCTION audit_log_hash(audit_log)`);
    await queryRunner.query(`DROP FUNCTION audit_log_refuse()`);
    await queryRunner.query(`DROP FUNCTION audit_chain_head_guard()`);
    await queryRunner.query(`ALTER TABLE "service_records" DROP CONSTRAINT "FK_83196150569111bf254f3024086"`);
    await queryRunner.query(`ALTER TABLE "service_records" DROP CONSTRAINT "FK_3677c3ca5843dc808d2759808b9"`);
    await queryRunner.query(`ALTER TABLE "service_records" DROP CONSTRAINT "FK_3603cf545c77c2e0be4d6a10286"`);
    await queryRunner.query(`ALTER TABLE "service_records" DROP CONSTRAINT "FK_4dbbc8d97cc4e62d5e4afcd5c3a"`);
    await queryRunner.query(`ALTER TABLE "plan_reviews" DROP CONSTRAINT "FK_b7a5c324605820a867bb042ec7d"`);
    await queryRunner.query(`ALTER TABLE "plan_reviews" DROP CONSTRAINT "FK_679e73c7d32c4e572e45f65cfdb"`);
    await queryRunner.query(`ALTER TABLE "plan_items" DROP CONSTRAINT "FK_f286865fc738ff7bb10fb12845b"`);
    await queryRunner.query(`ALTER TABLE "plan_items" DROP CONSTRAINT "FK_8732f67c2cdcc6105721752f8c3"`);
    await queryRunner.query(`ALTER TABLE "case_events" DROP CONSTRAINT "FK_259dbf949114e25670ac6cad205"`);
    await queryRunner.query(`ALTER TABLE "case_tasks" DROP CONSTRAINT "FK_a8ed083ab3b6462e0d4de7737fe"`);
    await queryRunner.query(`ALTER TABLE "case_tasks" DROP CONSTRAINT "FK_56c02dfdf393503573560ef2830"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_16623a33f4933798b679f058d0b"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_d617533dd417705fc9c99b4007c"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_57312a35d959b35a0e8585e77c7"`);
    await queryRunner.query(`ALTER TABLE "victims" DROP CONSTRAINT "FK_c8f55c405aa97c29e5838e04551"`);
    await queryRunner.query(`ALTER TABLE "victims" DROP CONSTRAINT "FK_22836124e2d15423fb2ffb8adc6"`);
    await queryRunner.query(`DROP INDEX "public"."service_records_case_provided_idx"`);
    await queryRunner.query(`DROP INDEX "public"."service_records_facility_provided_idx"`);
    await queryRunner.query(`DROP TABLE "service_records"`);
    await queryRunner.query(`DROP INDEX "public"."plan_reviews_case_idx"`);
    await queryRunner.query(`DROP TABLE "plan_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."plan_items_case_idx"`);
    await queryRunner.query(`DROP TABLE "plan_items"`);
    await queryRunner.query(`DROP TABLE "legal_terms"`);
    await queryRunner.query(`DROP INDEX "public"."case_events_case_at_idx"`);
    await queryRunner.query(`DROP TABLE "case_events"`);
    await queryRunner.query(`DROP INDEX "public"."case_tasks_case_kind_key"`);
    await queryRunner.query(`DROP INDEX "public"."case_tasks_open_due_idx"`);
    await queryRunner.query(`DROP TABLE "case_tasks"`);
    await queryRunner.query(`DROP INDEX "public"."cases_code_key"`);
    await queryRunner.query(`DROP INDEX "public"."cases_victim_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cases_facility_status_opened_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cases_status_opened_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cases_identified_at_idx"`);
    await queryRunner.query(`DROP TABLE "cases"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_actor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_at_idx"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP TABLE "service_types"`);
    await queryRunner.query(`DROP TABLE "code_counters"`);
    await queryRunner.query(`DROP INDEX "public"."victims_code_key"`);
    await queryRunner.query(`DROP INDEX "public"."victims_pn_index_key"`);
    await queryRunner.query(`DROP INDEX "public"."victims_name_index_idx"`);
    await queryRunner.query(`DROP INDEX "public"."victims_name_dob_index_idx"`);
    await queryRunner.query(`DROP TABLE "victims"`);
  }
}
