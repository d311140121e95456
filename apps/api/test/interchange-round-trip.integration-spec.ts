import { Actor } from '@ibd/api/audit';
import { createValidationPipe } from '@ibd/api/core';
import { CaseExportService, HtcdsImportDto, ImportReferralQuery, ReferralImportService } from '@ibd/api/exchange';
import { BlindIndex, Keyring } from '@ibd/api/identity';
import { COUNTRY_CODES, HTCDS_ENVELOPE_FIELDS, type HtcdsRecord } from '@ibd/api/interchange';
import { ReferralTransitionsService } from '@ibd/api/referrals';
import { victimIndexes } from '@ibd/api/victims';
import {
  EXPLOITATION_FORMS,
  MEANS_OF_CONTROL,
  RECRUITER_RELATIONSHIPS,
  SERVICE_TYPES,
  SEXES,
  SOURCES,
} from '@ibd/shared/contracts';
import { unitIds } from './referral-fixtures';
import { createTestApp, TestApp } from './test-app';

/** How many generated cases make the trip (the issue asks for at least 1,000). */
const CASES = 1000;
/** Chains in flight at once: acceptances queue on the code counters anyway (gapless codes). */
const CONCURRENCY = 2;

/** A deterministic pseudo-random generator (an LCG), so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
  const pick = <T>(list: readonly T[]) => list[next(list.length)];
  const some = <T>(list: readonly T[], max: number) => [
    ...new Set(Array.from({ length: next(max + 1) }, () => pick(list))),
  ];
  return { next, pick, some };
}

const day = (year: number, dayOfYear: number) => new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);

/** Under 18 on the identification date, as the cases library decides it (case-rules.ts). */
const childAt = (dateOfBirth: string | null, birthYear: number | null, identifiedAt: string) => {
  if (dateOfBirth) {
    const [y, m, d] = dateOfBirth.split('-').map(Number);
    const [iy, im, id] = identifiedAt.split('-').map(Number);
    return iy - y - (im < m || (im === m && id < d) ? 1 : 0) < 18;
  }
  return birthYear !== null && Number(identifiedAt.slice(0, 4)) - birthYear <= 18;
};

/**
 * The round trip (docs/interchange.md, "Round trip"): for every generated case, export → import (as
 * a partner's record) → acceptance by another facility → export gives the same HTCDS document,
 * except who sent it. The cases are inserted in bulk; the trip runs through the services
 * in-process, the import through the API's own validation pipe, so that it tests the mapping and
 * not the HTTP stack.
 */
describe(`HTCDS round trip over ${CASES} generated cases`, () => {
  let t: TestApp;
  let caseIds: string[];
  const actors: Record<string, Actor> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const unit = await unitIds(t);
    const users: Array<{ id: string; username: string; role: Actor['role']; unit_id: string }> = await t.db.query(
      `SELECT id, username, role, unit_id FROM users WHERE username IN ('staff.sofia', 'staff.varna', 'social.worker')`,
    );
    for (const user of users)
      actors[user.username] = {
        id: user.id,
        username: user.username,
        role: user.role,
        unitId: user.unit_id,
        requestId: null,
      };
    const keyring = t.app.get(Keyring);
    const blindIndex = t.app.get(BlindIndex);
    const staff = actors['staff.sofia'];

    const people = Array.from({ length: CASES }, (_, i) => {
      const r = random(i + 1);
      const withIdentity = r.next(3) === 0;
      const birthYear = r.next(6) === 0 ? null : 1950 + r.next(62);
      const dateOfBirth = birthYear !== null && withIdentity && r.next(2) === 0 ? day(birthYear, r.next(365)) : null;
      const identity = {
        firstName: `Име${i}`,
        lastName: `Фамилия${i}`,
        ...(r.next(2) === 0 && { middleName: `Презиме${i}` }),
        ...(dateOfBirth && { dateOfBirth }),
        ...(r.next(2) === 0 && { phones: [`+359 88 ${String(i).padStart(7, '0')}`] }),
        ...(r.next(2) === 0 && { emails: [`person${i}@example.org`] }),
      };
      const identifiedAt = day(2025, r.next(300));
      const formal = r.next(3) === 0;
      return {
        victim: {
          code: `V-2026-9${String(i).padStart(5, '0')}`,
          sex: r.pick(SEXES),
          birth_year: birthYear,
          citizenship: r.next(8) === 0 ? null : r.pick(COUNTRY_CODES),
          identity_enc: keyring.encryptJson(identity),
          ...Object.fromEntries(
            Object.entries(victimIndexes(blindIndex, identity)).map(([k, v]) => [
              k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
              v,
            ]),
          ),
          registered_by_unit_id: unit['SOF-SHELTER'],
          created_by: staff.id,
        },
        case: {
          code: `SOF-SHELTER-2026-9${String(i).padStart(5, '0')}`,
          facility_id: unit['SOF-SHELTER'],
          identified_at: identifiedAt,
          identified_by: r.pick(SOURCES),
          formal_identified_at: formal ? day(2025, 300 + r.next(60)) : null,
          formal_identified_by: formal ? r.pick(SOURCES) : null,
          exploitation_forms: [...new Set([r.pick(EXPLOITATION_FORMS), ...r.some(EXPLOITATION_FORMS, 3)])],
          recruitment_countries: r.some(COUNTRY_CODES, 2),
          exploitation_countries: r.some(COUNTRY_CODES, 3),
          transnational: true,
          child: childAt(dateOfBirth, birthYear, identifiedAt),
          means_of_control: r.some(MEANS_OF_CONTROL, 6),
          recruiter_relationship: r.next(3) === 0 ? null : r.pick(RECRUITER_RELATIONSHIPS),
          trm_consent_date: day(2026, r.next(30)),
          trm_consent_identity: withIdentity,
          created_by: staff.id,
        },
        services: r.some(SERVICE_TYPES, 4),
      };
    });

    const victims: Array<{ id: string; code: string }> = await t.db.query(
      `INSERT INTO victims (code, sex, birth_year, citizenship, identity_enc, pn_index, name_index, name_dob_index, registered_by_unit_id, created_by)
       SELECT code, sex, birth_year, citizenship, identity_enc, pn_index, name_index, name_dob_index, registered_by_unit_id, created_by
         FROM json_populate_recordset(null::victims, $1::json) RETURNING id, code`,
      [JSON.stringify(people.map((p) => p.victim))],
    );
    const victimOf = new Map(victims.map((v) => [v.code, v.id]));
    const cases: Array<{ id: string; code: string }> = await t.db.query(
      `INSERT INTO cases (code, victim_id, facility_id, identified_at, identified_by, formal_identified_at, formal_identified_by,
                          exploitation_forms, recruitment_countries, exploitation_countries, transnational, child,
                          means_of_control, recruiter_relationship, trm_consent_given, trm_consent_date, trm_consent_identity, created_by)
       SELECT code, victim_id, facility_id, identified_at, identified_by, formal_identified_at, formal_identified_by,
              exploitation_forms, recruitment_countries, exploitation_countries, transnational, child,
              means_of_control, recruiter_relationship, true, trm_consent_date, trm_consent_identity, created_by
         FROM json_populate_recordset(null::cases, $1::json) RETURNING id, code`,
      [JSON.stringify(people.map((p) => ({ ...p.case, victim_id: victimOf.get(p.victim.code) })))],
    );
    const caseOf = new Map(cases.map((c) => [c.code, c.id]));
    caseIds = people.map((p) => caseOf.get(p.case.code) as string);
    await t.db.query(
      `INSERT INTO service_records (case_id, type, provided_at, duration_minutes, staff_id, facility_id)
       SELECT case_id, type, now() - interval '1 day', 60, staff_id, facility_id
         FROM json_populate_recordset(null::service_records, $1::json)`,
      [
        JSON.stringify(
          people.flatMap((p, i) =>
            p.services.map((type) => ({
              case_id: caseIds[i],
              type,
              staff_id: staff.id,
              facility_id: unit['SOF-SHELTER'],
            })),
          ),
        ),
      ],
    );
  }, 120_000);
  afterAll(() => t.close());

  it('gives the same document after export → import → acceptance → export, for every case', async () => {
    const exports = t.app.get(CaseExportService);
    const imports = t.app.get(ReferralImportService);
    const transitions = t.app.get(ReferralTransitionsService);
    const pipe = createValidationPipe();
    const [unit] = await t.db.query(`SELECT id FROM units WHERE code = 'VAR-SHELTER'`);
    const query = (await pipe.transform(
      { toUnitId: unit.id },
      { type: 'query', metatype: ImportReferralQuery },
    )) as ImportReferralQuery;
    const content = (document: HtcdsRecord) =>
      Object.fromEntries(
        Object.entries(document).filter(([key]) => !(HTCDS_ENVELOPE_FIELDS as readonly string[]).includes(key)),
      );

    const differing: string[] = [];
    const trip = async (caseId: string) => {
      const first = (await exports.export(caseId, actors['staff.sofia'])).document;
      const body = JSON.parse(JSON.stringify(first));
      const dto = (await pipe.transform(body, { type: 'body', metatype: HtcdsImportDto })) as HtcdsImportDto;
      const sent = await imports.import(dto, query, actors['social.worker']);
      const accepted = await transitions.accept(sent.id, {}, actors['staff.varna']);
      await t.db.query(
        `UPDATE cases SET trm_consent_given = true, trm_consent_date = $2, trm_consent_identity = $3 WHERE id = $1`,
        [accepted.resultCaseId, first.ibd_ConsentDate, first.ibd_ConsentIncludesIdentity],
      );
      const second = (await exports.export(accepted.resultCaseId as string, actors['staff.varna'])).document;
      if (JSON.stringify(content(second)) !== JSON.stringify(content(first)))
        differing.push(`${caseId}: ${JSON.stringify(content(first))} → ${JSON.stringify(content(second))}`);
    };
    const queue = [...caseIds];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await trip(next);
      }),
    );

    expect(differing.slice(0, 3)).toEqual([]);
    const [{ imported, opened }] = await t.db.query(
      `SELECT (SELECT count(*) FROM referral_imports)::int AS imported,
              (SELECT count(*) FROM cases c JOIN units u ON u.id = c.facility_id WHERE u.code = 'VAR-SHELTER')::int AS opened`,
    );
    expect({ imported, opened }).toEqual({ imported: CASES, opened: CASES });
  }, 1_800_000);
});
