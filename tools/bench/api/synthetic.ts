import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { BlindIndex, Keyring } from '@ibd/api/identity';

/** Size of the national-scale synthetic data set; every value derives from `seed`. */
export interface SyntheticOptions {
  seed: number;
  victims: number;
  services: number;
  keyring: Keyring;
  blindIndex: BlindIndex;
  log: (line: string) => void;
}

const FIRST = [
  'Мария',
  'Елена',
  'Иванка',
  'Десислава',
  'Петя',
  'Гергана',
  'Ана',
  'Ioana',
  'Andreea',
  'Fatima',
  'Николай',
  'Георги',
  'Stefan',
  'Ali',
];
const LAST = [
  'Иванова',
  'Петрова',
  'Георгиева',
  'Димитрова',
  'Стоянова',
  'Николова',
  'Popescu',
  'Ionescu',
  'Yilmaz',
  'Колев',
  'Христов',
  'Ангелов',
];
const EGN_WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6];
const BATCH = 5_000;

/** A deterministic 32-bit number for (seed, i, salt). */
const hash = (seed: number, i: number, salt: number) =>
  createHash('sha256').update(`${seed}:${i}:${salt}`).digest().readUInt32BE(0);

/** A valid ЕГН for a birth date and a serial (unique per victim: day index and serial from i). */
function egn(date: Date, serial: number): string {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1 + (year >= 2000 ? 40 : 0);
  const body = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(date.getUTCDate()).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
  const sum = EGN_WEIGHTS.reduce((total, weight, k) => total + weight * Number(body[k]), 0);
  return `${body}${(sum % 11) % 10}`;
}

async function seedVictims(db: DataSource, o: SyntheticOptions, staffId: string, unitId: string): Promise<void> {
  const days = 18_000;
  for (let start = 1; start <= o.victims; start += BATCH) {
    const columns: string[][] = [[], [], [], [], [], [], [], [], []];
    for (let i = start; i < Math.min(start + BATCH, o.victims + 1); i++) {
      const dob = new Date(Date.UTC(1958, 0, 1) + (i % days) * 86_400_000);
      const dateOfBirth = dob.toISOString().slice(0, 10);
      const personalNumber = egn(dob, Math.floor(i / days));
      const firstName = FIRST[hash(o.seed, i, 1) % FIRST.length];
      const lastName = `${LAST[hash(o.seed, i, 2) % LAST.length]}`;
      const identity = { firstName, lastName, personalNumber, personalNumberType: 'egn', dateOfBirth };
      const row = [
        `V-2026-${String(i).padStart(6, '0')}`,
        hash(o.seed, i, 3) % 10 < 8 ? 'female' : 'male',
        String(dob.getUTCFullYear()),
        hash(o.seed, i, 4) % 10 < 7 ? 'BG' : 'RO',
        o.keyring.encryptJson(identity),
        o.blindIndex.personalNumber(personalNumber),
        o.blindIndex.name(firstName, lastName),
        o.blindIndex.nameAndBirthDate(firstName, lastName, dateOfBirth),
        String(i),
      ];
      row.forEach((value, k) => columns[k].push(value));
    }
    await db.query(
      `INSERT INTO victims (code, sex, birth_year, citizenship, identity_enc, pn_index, name_index, name_dob_index, registered_by_unit_id, created_by)
       SELECT code, sex, birth_year::smallint, citizenship, identity_enc, pn_index, name_index, name_dob_index, $10, $11
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
           AS t(code, sex, birth_year, citizenship, identity_enc, pn_index, name_index, name_dob_index, ordinal)
        ORDER BY ordinal::int`,
      [...columns, unitId, staffId],
    );
  }
  await db.query(`INSERT INTO code_counters (scope, year, last_value) VALUES ('victim', 2026, $1)`, [o.victims]);
}

/** One case per victim over the seven facilities, numbered per facility and year; events for the timeline. */
async function seedCases(db: DataSource, o: SyntheticOptions, staffId: string): Promise<void> {
  await db.query(
    `WITH f AS (SELECT id, code, row_number() OVER (ORDER BY code) - 1 AS n FROM units WHERE kind <> 'agency' AND kind <> 'administration'),
          v AS (SELECT id, row_number() OVER (ORDER BY code) AS i FROM victims),
          raw AS (
            SELECT v.id AS victim_id, v.i, f.id AS facility_id, f.code AS facility_code,
                   abs(hashint8(v.i * 7 + $1)) % 100 AS s,
                   date '2020-01-01' + (abs(hashint8(v.i * 11 + $1)) % 2490)::int AS identified_at,
                   abs(hashint8(v.i * 13 + $1)) AS h
              FROM v JOIN f ON f.n = abs(hashint8(v.i * 5 + $1)) % 7),
          -- Identification days run to 2026-10-24; a case closes 90 days after it, so only earlier ones have closed.
          dated AS (SELECT raw.*, raw.s >= 70 AND raw.identified_at <= date '2020-01-01' + 2400 AS closed FROM raw),
          numbered AS (
            SELECT dated.*, row_number() OVER (PARTITION BY facility_id, extract(year FROM identified_at) ORDER BY identified_at, i) AS number
              FROM dated)
     INSERT INTO cases (code, victim_id, facility_id, status, identified_at, identified_by, exploitation_forms, recruitment_countries,
                        exploitation_countries, transnational, child, opened_at, activated_at, closed_at, closure_reason, retention_until, created_by)
     SELECT facility_code || '-' || extract(year FROM identified_at) || '-' || lpad(number::text, 4, '0'),
            victim_id, facility_id,
            CASE WHEN closed THEN 'closed' WHEN s < 20 THEN 'open' ELSE 'active' END,
            identified_at,
            (ARRAY['police','border_police','prosecution','social_assistance','ngo','iom','hotline','self_referral'])[1 + h % 8],
            ARRAY[(ARRAY['sexual_exploitation','forced_labour','forced_begging','criminal_activities','servitude','other'])[1 + h % 6]]::varchar[],
            ARRAY['BG']::varchar[],
            CASE WHEN h % 3 = 0 THEN ARRAY['DE']::varchar[] ELSE ARRAY['BG']::varchar[] END,
            h % 3 = 0,
            h % 10 = 0,
            identified_at + time '10:00',
            CASE WHEN s >= 20 THEN identified_at + time '12:00' END,
            CASE WHEN closed THEN identified_at + interval '90 days' END,
            CASE WHEN closed THEN 'goals_met' END,
            CASE WHEN closed THEN (identified_at + interval '90 days' + interval '5 years')::date END,
            $2
       FROM numbered`,
    [o.seed, staffId],
  );
  await db.query(
    `INSERT INTO code_counters (scope, year, last_value)
     SELECT 'case:' || facility_id, extract(year FROM identified_at)::int, count(*) FROM cases GROUP BY 1, 2`,
  );
  await db.query(
    `INSERT INTO case_events (case_id, at, kind, actor_id, data) SELECT id, opened_at, 'case.opened', created_by, '{"status":"open"}' FROM cases`,
  );
}

async function seedServices(db: DataSource, o: SyntheticOptions, staffId: string): Promise<void> {
  await db.query(
    `CREATE TEMP TABLE case_ordinals AS SELECT id, facility_id, opened_at, row_number() OVER (ORDER BY code) AS n FROM cases`,
  );
  await db.query(`CREATE UNIQUE INDEX ON case_ordinals (n)`);
  for (let start = 1; start <= o.services; start += 250_000) {
    await db.query(
      `WITH t AS (SELECT array_agg(code ORDER BY code) AS codes FROM service_types)
       INSERT INTO service_records (case_id, type, provided_at, duration_minutes, staff_id, facility_id)
       SELECT c.id, t.codes[1 + abs(hashint8(g * 3 + $1)) % cardinality(t.codes)],
              -- Within 2,000 hours of the opening, squeezed for recent cases so that none is after the data set ends.
              c.opened_at + make_interval(secs => (abs(hashint8(g * 5 + $1)) % 2000) * 3600
                                                  * least(1, extract(epoch FROM timestamptz '2026-10-25 00:00Z' - c.opened_at) / 7200000)),
              15 + abs(hashint8(g * 7 + $1)) % 165, $2, c.facility_id
         FROM generate_series($3::int, $4::int) AS g
         CROSS JOIN t
         JOIN case_ordinals c ON c.n = 1 + abs(hashint8(g + $1)) % $5`,
      [o.seed, staffId, start, Math.min(start + 249_999, o.services), o.victims],
    );
    o.log(`  service records: ${Math.min(start + 249_999, o.services)}`);
  }
  await db.query('DROP TABLE case_ordinals');
}

/** Seeds victims, cases and service records into a migrated database with the demo users. */
export async function seedSynthetic(db: DataSource, o: SyntheticOptions): Promise<void> {
  const [staff] = await db.query(`SELECT id, unit_id FROM users WHERE username = 'staff.sofia'`);
  o.log(`seeding ${o.victims} victims`);
  await seedVictims(db, o, staff.id, staff.unit_id);
  o.log(`seeding ${o.victims} cases`);
  await seedCases(db, o, staff.id);
  o.log(`seeding ${o.services} service records`);
  await seedServices(db, o, staff.id);
  o.log('vacuum analyze');
  await db.query('VACUUM ANALYZE');
}
