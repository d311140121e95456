import type { Client } from 'pg';

/** Sizes of the synthetic data set; every value derives from `seed` and the ten years ending `lastDay`. */
export interface StatsSeedOptions {
  seed: number;
  lastDay: string;
  victims: number;
  placements: number;
  services: number;
  referrals: number;
  log: (line: string) => void;
}

/**
 * `pg_temp.h(n, salt)`: a deterministic non-negative number for row n, salted per use and seeded.
 * Inlined by the planner (a SQL function), so generating millions of rows stays set-based.
 */
const HASH = (seed: number) => `
  CREATE FUNCTION pg_temp.h(n bigint, salt bigint) RETURNS bigint LANGUAGE sql IMMUTABLE
  AS $$ SELECT hashint8(n * 1000003 + salt * 7919 + ${Math.trunc(seed)})::bigint & 2147483647 $$`;

const SETUP = [
  `INSERT INTO users (username, display_name, password_hash, role, unit_id)
   SELECT 'bench.staff', 'Bench', 'x', 'shelter_staff', id FROM units WHERE code = 'ANKBTH'`,
  `CREATE TEMP TABLE bench AS
   SELECT (SELECT id FROM users WHERE username = 'bench.staff') AS staff, (SELECT id FROM units WHERE code = 'ANKBTH') AS admin_unit,
          $1::date - 3649 AS first_day, $1::date AS last_day, 3650 AS days`,
  `CREATE TEMP TABLE facilities AS
   SELECT id, kind, row_number() OVER (ORDER BY code) AS n FROM units WHERE kind IN ('temporary_shelter', 'reintegration_shelter', 'support_centre')`,
  `CREATE TEMP TABLE residential AS SELECT id, row_number() OVER (ORDER BY n) AS n FROM facilities WHERE kind <> 'support_centre'`,
  `INSERT INTO beds (unit_id, code, label, created_at)
   SELECT r.id, 'B-' || lpad(b::text, 4, '0'), 'Bed ' || b, (bench.first_day - 1)::timestamp AT TIME ZONE 'Europe/Sofia'
     FROM residential r CROSS JOIN generate_series(1, 300) AS b CROSS JOIN bench`,
];

const VICTIMS = `
  INSERT INTO victims (code, sex, birth_year, citizenship, identity_enc, name_index, registered_by_unit_id, created_by)
  SELECT 'V-B-' || lpad(g::text, 7, '0'),
         (ARRAY['female', 'female', 'female', 'female', 'female', 'male', 'male', 'other', 'unknown'])[1 + pg_temp.h(g, 1) % 9],
         CASE WHEN pg_temp.h(g, 2) % 12 = 0 THEN NULL ELSE 1950 + pg_temp.h(g, 3) % 62 END,
         (ARRAY['BG', 'BG', 'BG', 'BG', 'BG', 'BG', 'RO', 'RO', 'DE', 'GR', 'SY', 'UA', 'NG', 'MD', 'TR', NULL])[1 + pg_temp.h(g, 4) % 16],
         'bench', md5(g::text) || md5((g + 1)::text), bench.admin_unit, bench.staff
    FROM generate_series(1, $1::int) AS g CROSS JOIN bench`;

/** One case per person, and a second one for every fifth, at any facility, identified over the ten years. */
const CASES = `
  CREATE TEMP TABLE victim_ordinals AS SELECT id, birth_year, row_number() OVER (ORDER BY code) AS n FROM victims;
  CREATE UNIQUE INDEX ON victim_ordinals (n);
  INSERT INTO cases (code, victim_id, facility_id, status, identified_at, identified_by, exploitation_forms, transnational, child,
                     opened_at, activated_at, closed_at, closure_reason, retention_until, created_by)
  SELECT 'CB-' || lpad(g::text, 7, '0'), v.id, f.id,
         CASE WHEN t.closed_at IS NULL THEN 'active' ELSE 'closed' END,
         t.identified_at,
         (ARRAY['police', 'police', 'border_police', 'prosecution', 'social_assistance', 'ngo', 'ngo', 'iom', 'hotline', 'self_referral',
                'foreign_authority', 'consulate', 'local_commission'])[1 + pg_temp.h(g, 12) % 13],
         CASE WHEN pg_temp.h(g, 13) % 4 = 0 THEN ARRAY[t.form, t.second_form] ELSE ARRAY[t.form] END::varchar[],
         pg_temp.h(g, 14) % 3 = 0,
         coalesce(extract(year FROM t.identified_at) - v.birth_year < 18, false),
         t.opened_at, t.opened_at + interval '1 hour', t.closed_at, CASE WHEN t.closed_at IS NOT NULL THEN 'goals_met' END,
         ((t.closed_at AT TIME ZONE 'Europe/Sofia')::date + interval '5 years')::date, bench.staff
    FROM generate_series(1, $1::int) AS g
   CROSS JOIN bench
    JOIN victim_ordinals v ON v.n = 1 + (g - 1) % $2::int
    JOIN facilities f ON f.n = 1 + pg_temp.h(g, 11) % 7
   CROSS JOIN LATERAL (
     SELECT d AS identified_at, o AS opened_at,
            CASE WHEN o + (20 + pg_temp.h(g, 15) % 380) * interval '1 day' < now() THEN o + (20 + pg_temp.h(g, 15) % 380) * interval '1 day' END AS closed_at,
            forms[1 + pg_temp.h(g, 16) % 11] AS form, forms[1 + (pg_temp.h(g, 16) % 11 + 1 + pg_temp.h(g, 17) % 10) % 11] AS second_form
       FROM (SELECT bench.first_day + (pg_temp.h(g, 10) % bench.days)::int AS d) AS dd
      CROSS JOIN LATERAL (SELECT (d + time '08:00')::timestamp AT TIME ZONE 'Europe/Sofia' + (pg_temp.h(g, 18) % 720) * interval '1 minute' AS o) AS oo
      CROSS JOIN (SELECT ARRAY['sexual_exploitation', 'sexual_exploitation', 'forced_labour', 'forced_labour', 'forced_begging',
                               'criminal_activities', 'organ_removal', 'forced_marriage', 'servitude', 'benefit_fraud', 'other'] AS forms) AS l) AS t`;

const TASKS = `
  INSERT INTO case_tasks (case_id, kind, due_at, created_at, done_at, notified_at, done_by)
  SELECT c.id, k.kind, c.opened_at + interval '24 hours', c.opened_at, d.done_at, d.done_at, CASE WHEN d.done_at IS NOT NULL THEN bench.staff END
    FROM cases c CROSS JOIN bench
   CROSS JOIN (VALUES (1, 'notify_dazd'), (2, 'notify_mvr'), (3, 'notify_nkbth')) AS k(n, kind)
   CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.h(k.n, hashtext(c.code)) % 10 > 0 AND c.opened_at + (pg_temp.h(k.n, hashtext(c.code)) % 72) * interval '1 hour' < now()
                                   THEN c.opened_at + (pg_temp.h(k.n, hashtext(c.code)) % 72) * interval '1 hour' END AS done_at) AS d
   WHERE c.child`;

/**
 * One stay per case, and a second one a hundred days after the first for the first cases, in the
 * residential facilities: 1-90 nights, still resident when that reaches past now; one stay in five
 * extended by 60 days.
 */
const PLACEMENTS = `
  CREATE TEMP TABLE case_ordinals AS SELECT id, facility_id, opened_at, row_number() OVER (ORDER BY code) AS n FROM cases;
  CREATE UNIQUE INDEX ON case_ordinals (n);
  INSERT INTO placements (case_id, facility_id, admitted_at, initial_limit_date, stay_limit_date, consent_given, consent_date,
                          consent_recorded_by, discharged_at, discharge_reason, destination, discharged_by, created_by)
  SELECT c.id, r.id, t.admitted_at, t.admit_day + 30, t.admit_day + 30 + CASE WHEN pg_temp.h(g, 22) % 5 = 0 THEN 60 ELSE 0 END, true, t.admit_day,
         bench.staff, t.discharged_at, CASE WHEN t.discharged_at IS NOT NULL THEN 'goals_met' END,
         CASE WHEN t.discharged_at IS NOT NULL THEN 'home' END, CASE WHEN t.discharged_at IS NOT NULL THEN bench.staff END, bench.staff
    FROM generate_series(1, $1::int) AS g
   CROSS JOIN bench
    JOIN case_ordinals c ON c.n = 1 + (g - 1) % $2::int
    JOIN residential r ON r.n = 1 + pg_temp.h(g, 21) % 4
   CROSS JOIN LATERAL (
     SELECT a AS admitted_at, (a AT TIME ZONE 'Europe/Sofia')::date AS admit_day,
            CASE WHEN a + (1 + pg_temp.h(g, 23) % 90) * interval '1 day' < now() THEN a + (1 + pg_temp.h(g, 23) % 90) * interval '1 day' + (pg_temp.h(g, 24) % 300) * interval '1 minute' END AS discharged_at
       FROM (SELECT c.opened_at + (pg_temp.h(g, 20) % 2880) * interval '1 minute' + CASE WHEN g > $2::int THEN interval '100 days' ELSE interval '0' END AS a) AS aa) AS t
   WHERE t.admitted_at < now()`;

const EXTENSIONS = `
  INSERT INTO placement_extensions (placement_id, previous_limit_date, new_limit_date, proposer, reason, basis, recorded_by, recorded_at)
  SELECT p.id, p.initial_limit_date, p.stay_limit_date, 'shelter', 'bench', 'bench', bench.staff, p.admitted_at + interval '25 days'
    FROM placements p CROSS JOIN bench
   WHERE p.stay_limit_date > p.initial_limit_date`;

/** Services of a case within its first 300 days (and before now), at the case's facility. */
const SERVICES = `
  INSERT INTO service_records (case_id, type, provided_at, duration_minutes, staff_id, facility_id)
  SELECT c.id, types[1 + pg_temp.h(g, 31) % 13], c.opened_at + least(interval '300 days', now() - c.opened_at) * ((pg_temp.h(g, 32) % 1000) / 1000.0),
         15 + pg_temp.h(g, 33) % 166, bench.staff, c.facility_id
    FROM generate_series($1::int, $2::int) AS g
   CROSS JOIN bench
   CROSS JOIN (SELECT array_agg(code ORDER BY code) AS types FROM service_types) AS st
    JOIN case_ordinals c ON c.n = 1 + pg_temp.h(g, 30) % $3::int`;

/** Referrals to the facilities: six in ten accepted, two declined, one withdrawn, one completed. */
const REFERRALS = `
  INSERT INTO referrals (code, status, from_unit_id, to_unit_id, source, case_id, victim_sex, reason, urgency, consent_given, consent_date,
                         consent_recorded_by, sent_at, sent_by, answered_at, answered_by, decline_reason, withdrawn_at, withdrawn_by, completed_at)
  SELECT 'REF-B-' || lpad(g::text, 7, '0'), t.status, bench.admin_unit, f.id,
         CASE WHEN pg_temp.h(g, 42) % 10 = 0 THEN NULL
              ELSE (ARRAY['police', 'border_police', 'prosecution', 'social_assistance', 'ngo', 'iom', 'hotline', 'self_referral', 'foreign_authority'])[1 + pg_temp.h(g, 43) % 9] END,
         CASE WHEN t.status IN ('accepted', 'completed') THEN c.id END,
         CASE WHEN t.status IN ('declined', 'withdrawn') THEN 'female' END,
         'bench', 'normal', true, (t.sent_at AT TIME ZONE 'Europe/Sofia')::date, bench.staff, t.sent_at, bench.staff,
         CASE WHEN t.status <> 'withdrawn' THEN t.answered_at END, CASE WHEN t.status <> 'withdrawn' THEN bench.staff END,
         CASE WHEN t.status = 'declined' THEN 'bench' END,
         CASE WHEN t.status = 'withdrawn' THEN t.sent_at + interval '2 hours' END, CASE WHEN t.status = 'withdrawn' THEN bench.staff END,
         CASE WHEN t.status = 'completed' THEN t.answered_at + interval '1 day' END
    FROM generate_series(1, $1::int) AS g
   CROSS JOIN bench
    JOIN facilities f ON f.n = 1 + pg_temp.h(g, 41) % 7
    JOIN case_ordinals c ON c.n = 1 + pg_temp.h(g, 44) % $2::int
   CROSS JOIN LATERAL (
     SELECT s AS sent_at, s + (1 + pg_temp.h(g, 46) % 96) * interval '1 hour' AS answered_at,
            CASE WHEN pg_temp.h(g, 45) % 10 < 6 THEN 'accepted' WHEN pg_temp.h(g, 45) % 10 < 8 THEN 'declined' WHEN pg_temp.h(g, 45) % 10 < 9 THEN 'withdrawn' ELSE 'completed' END AS status
       FROM (SELECT (bench.first_day + (pg_temp.h(g, 40) % bench.days)::int + time '09:00')::timestamp AT TIME ZONE 'Europe/Sofia' + (pg_temp.h(g, 47) % 600) * interval '1 minute' AS s) AS ss) AS t`;

const timed = async (o: StatsSeedOptions, what: string, run: () => Promise<unknown>) => {
  const started = Date.now();
  await run();
  o.log(`  ${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

/** Seeds the synthetic data set into a migrated, empty database, on one connection (pg_temp.h lives there). */
export async function seedStatistics(db: Client, o: StatsSeedOptions): Promise<void> {
  const cases = Math.round(o.victims * 1.2);
  await db.query(HASH(o.seed));
  for (const statement of SETUP) await db.query(statement, statement.includes('$1') ? [o.lastDay] : []);
  await timed(o, `${o.victims} victims`, () => db.query(VICTIMS, [o.victims]));
  await timed(o, `${cases} cases`, async () => {
    const [create, index, insert] = CASES.split(';');
    await db.query(create);
    await db.query(index);
    await db.query(insert, [cases, o.victims]);
  });
  await timed(o, 'child notification tasks', () => db.query(TASKS));
  await timed(o, `${o.placements} placements`, async () => {
    const [create, index, insert] = PLACEMENTS.split(';');
    await db.query(create);
    await db.query(index);
    await db.query(insert, [o.placements, cases]);
  });
  await timed(o, 'extensions', () => db.query(EXTENSIONS));
  for (let start = 1; start <= o.services; start += 500_000) {
    const end = Math.min(start + 499_999, o.services);
    await timed(o, `service records ${start}-${end}`, () => db.query(SERVICES, [start, end, cases]));
  }
  await timed(o, `${o.referrals} referrals`, () => db.query(REFERRALS, [o.referrals, cases]));
  await timed(o, 'vacuum analyze', () => db.query('VACUUM ANALYZE'));
}
