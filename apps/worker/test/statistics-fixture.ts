import type { DataSource } from 'typeorm';
import { execute } from '@ibd/api/core';

/**
 * Replaces the beds' service history (kept by a trigger as beds change) by the one the test sets in
 * `beds`: an active bed in service since its created_at, an inactive one never.
 */
export const BED_PERIODS_FROM_BEDS = [
  `DELETE FROM bed_service_periods`,
  `INSERT INTO bed_service_periods (bed_id, from_at) SELECT id, created_at FROM beds WHERE active`,
];

/**
 * A small data set whose statistics are known by construction (the answers are written out as
 * literal numbers in statistics.integration-spec.ts). Times carry Sofia's offset: +02 in winter,
 * +03 from 29 March 2026, and several fall on the other side of midnight in UTC than in Sofia.
 * Only SOF-SHELTER has beds: SOF-SHELTER-01..04, active since December 2025.
 */
const STATEMENTS = [
  `UPDATE beds SET created_at = '2025-12-01 09:00+02', active = code IN ('SOF-SHELTER-01', 'SOF-SHELTER-02', 'SOF-SHELTER-03', 'SOF-SHELTER-04')`,
  ...BED_PERIODS_FROM_BEDS,
  // V1..V7: sex, birth year, citizenship; identity is not read by statistics.
  `INSERT INTO victims (id, code, sex, birth_year, citizenship, identity_enc, pn_index, name_index, registered_by_unit_id, created_by)
   SELECT v.id::uuid, v.code, v.sex, v.birth_year, v.citizenship, 'fixture', repeat(v.n, 64), repeat(v.n, 64), u.unit_id, u.id
     FROM (VALUES ('a0000000-0000-4000-8000-000000000001', 'V-2026-900001', 'female', 1990, 'BG', '1'),
                  ('a0000000-0000-4000-8000-000000000002', 'V-2026-900002', 'female', 2010, 'RO', '2'),
                  ('a0000000-0000-4000-8000-000000000003', 'V-2026-900003', 'male', 1985, 'SY', '3'),
                  ('a0000000-0000-4000-8000-000000000004', 'V-2026-900004', 'female', 2000, 'BG', '4'),
                  ('a0000000-0000-4000-8000-000000000005', 'V-2026-900005', 'other', NULL, NULL, '5'),
                  ('a0000000-0000-4000-8000-000000000006', 'V-2026-900006', 'male', 1970, 'DE', '6'),
                  ('a0000000-0000-4000-8000-000000000007', 'V-2026-900007', 'male', 1995, 'UA', '7'))
          AS v(id, code, sex, birth_year, citizenship, n)
    CROSS JOIN (SELECT id, unit_id FROM users WHERE username = 'staff.sofia') AS u`,
  `INSERT INTO cases (id, code, victim_id, facility_id, status, identified_at, identified_by, exploitation_forms, transnational, child,
                      opened_at, closed_at, closure_reason, retention_until, created_by)
   SELECT c.id::uuid, c.code, c.victim::uuid, f.id, c.status, c.identified::date, c.source, c.forms::varchar[], c.transnational, c.child,
          c.opened::timestamptz, c.closed::timestamptz, CASE WHEN c.closed IS NOT NULL THEN 'goals_met' END, c.retention::date,
          (SELECT id FROM users WHERE username = 'staff.sofia')
     FROM (VALUES
       ('c0000000-0000-4000-8000-000000000001', 'SOF-SHELTER-2026-9001', 'a0000000-0000-4000-8000-000000000001', 'SOF-SHELTER', 'closed', '2026-02-18', 'police', '{sexual_exploitation}', true, false, '2026-02-18 10:00+02', '2026-03-06 10:00+02', '2031-03-06'),
       ('c0000000-0000-4000-8000-000000000002', 'SOF-SHELTER-2026-9002', 'a0000000-0000-4000-8000-000000000002', 'SOF-SHELTER', 'open', '2026-03-10', 'ngo', '{forced_labour,forced_begging}', true, true, '2026-03-10 22:00+02', NULL, NULL),
       ('c0000000-0000-4000-8000-000000000003', 'SOF-SHELTER-2026-9003', 'a0000000-0000-4000-8000-000000000003', 'SOF-SHELTER', 'open', '2026-03-29', 'border_police', '{forced_labour}', true, false, '2026-03-29 23:50+03', NULL, NULL),
       ('c0000000-0000-4000-8000-000000000004', 'SOF-SHELTER-2026-9004', 'a0000000-0000-4000-8000-000000000004', 'SOF-SHELTER', 'active', '2026-01-14', 'police', '{sexual_exploitation,other}', false, false, '2026-01-15 09:00+02', NULL, NULL),
       ('c0000000-0000-4000-8000-000000000005', 'BGS-REINT-2026-9005', 'a0000000-0000-4000-8000-000000000005', 'BGS-REINT', 'closed', '2026-03-01', 'self_referral', '{servitude}', false, false, '2026-03-01 07:00+02', '2026-03-31 23:30+03', '2031-03-31'),
       ('c0000000-0000-4000-8000-000000000006', 'SOF-CENTRE-2026-9006', 'a0000000-0000-4000-8000-000000000001', 'SOF-CENTRE', 'open', '2026-03-15', 'iom', '{forced_labour}', false, false, '2026-03-15 10:00+02', NULL, NULL),
       ('c0000000-0000-4000-8000-000000000007', 'SOF-CENTRE-2025-9007', 'a0000000-0000-4000-8000-000000000006', 'SOF-CENTRE', 'closed', '2025-06-01', 'police', '{organ_removal}', false, false, '2025-06-01 10:00+03', '2025-12-01 10:00+02', '2025-12-31'),
       ('c0000000-0000-4000-8000-000000000008', 'SOF-CENTRE-2020-9008', 'a0000000-0000-4000-8000-000000000007', 'SOF-CENTRE', 'closed', '2020-01-10', 'police', '{forced_labour}', false, false, '2020-01-10 10:00+02', '2020-02-10 10:00+02', '2025-01-01'),
       ('c0000000-0000-4000-8000-000000000009', 'SOF-CENTRE-2026-9009', 'a0000000-0000-4000-8000-000000000007', 'SOF-CENTRE', 'open', '2026-04-01', 'police', '{forced_labour}', false, false, '2026-04-01 10:00+03', NULL, NULL))
       AS c(id, code, victim, facility, status, identified, source, forms, transnational, child, opened, closed, retention)
     JOIN units f ON f.code = c.facility`,
  // The three notifications of the child's case: one done the next day, one after March, one never.
  `INSERT INTO case_tasks (case_id, kind, due_at, created_at, done_at, notified_at, done_by)
   SELECT 'c0000000-0000-4000-8000-000000000002', t.kind, '2026-03-11 22:05+02', '2026-03-10 22:05+02', t.done::timestamptz, t.done::timestamptz,
          CASE WHEN t.done IS NOT NULL THEN (SELECT id FROM users WHERE username = 'staff.sofia') END
     FROM (VALUES ('notify_dazd', '2026-03-11 09:00+02'), ('notify_mvr', '2026-04-02 09:00+03'), ('notify_nkbth', NULL)) AS t(kind, done)`,
  // P1..P4 at SOF-SHELTER, P5 at BGS-REINT (admitted and discharged the same day).
  `INSERT INTO placements (id, case_id, facility_id, admitted_at, initial_limit_date, stay_limit_date, consent_given, consent_date,
                           consent_recorded_by, discharged_at, discharge_reason, destination, discharged_by, created_by)
   SELECT p.id::uuid, p.case_id::uuid, f.id, p.admitted::timestamptz, p.initial::date, p.limit_date::date, true, p.admitted::date, u.id,
          p.discharged::timestamptz, CASE WHEN p.discharged IS NOT NULL THEN 'goals_met' END,
          CASE WHEN p.discharged IS NOT NULL THEN 'home' END, CASE WHEN p.discharged IS NOT NULL THEN u.id END, u.id
     FROM (VALUES
       ('b0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'SOF-SHELTER', '2026-02-20 10:00+02', '2026-03-22', '2026-03-22', '2026-03-05 09:00+02'),
       ('b0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000002', 'SOF-SHELTER', '2026-03-10 23:30+02', '2026-04-09', '2026-04-09', '2026-03-20 00:30+02'),
       ('b0000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000003', 'SOF-SHELTER', '2026-03-30 00:15+03', '2026-04-29', '2026-04-29', NULL),
       ('b0000000-0000-4000-8000-000000000004', 'c0000000-0000-4000-8000-000000000004', 'SOF-SHELTER', '2026-01-15 10:00+02', '2026-02-14', '2026-03-15', NULL),
       ('b0000000-0000-4000-8000-000000000005', 'c0000000-0000-4000-8000-000000000005', 'BGS-REINT', '2026-03-01 08:00+02', '2026-08-28', '2026-08-28', '2026-03-01 18:00+02'))
       AS p(id, case_id, facility, admitted, initial, limit_date, discharged)
     JOIN units f ON f.code = p.facility
    CROSS JOIN (SELECT id FROM users WHERE username = 'staff.sofia') AS u`,
  // P4's term, ended on 14 February, extended on 20 February to 15 March.
  `INSERT INTO placement_extensions (placement_id, previous_limit_date, new_limit_date, proposer, reason, basis, recorded_by, recorded_at)
   SELECT 'b0000000-0000-4000-8000-000000000004', '2026-02-14', '2026-03-15', 'shelter', 'fixture', 'fixture', id, '2026-02-20 11:00+02'
     FROM users WHERE username = 'staff.sofia'`,
  `INSERT INTO service_records (case_id, type, provided_at, duration_minutes, staff_id, facility_id)
   SELECT s.case_id::uuid, s.type, s.at::timestamptz, s.minutes, u.id, f.id
     FROM (VALUES ('c0000000-0000-4000-8000-000000000002', 'psychological', '2026-03-11 10:00+02', 60, 'SOF-SHELTER'),
                  ('c0000000-0000-4000-8000-000000000002', 'psychological', '2026-03-12 10:00+02', 30, 'SOF-SHELTER'),
                  ('c0000000-0000-4000-8000-000000000002', 'legal_aid', '2026-03-31 23:30+03', 90, 'SOF-SHELTER'),
                  ('c0000000-0000-4000-8000-000000000001', 'legal_aid', '2026-04-01 00:30+03', 45, 'SOF-SHELTER'),
                  ('c0000000-0000-4000-8000-000000000006', 'social_work', '2026-03-16 10:00+02', 120, 'SOF-CENTRE'),
                  ('c0000000-0000-4000-8000-000000000004', 'psychological', '2026-02-28 23:30+02', 60, 'SOF-SHELTER'))
          AS s(case_id, type, at, minutes, facility)
     JOIN units f ON f.code = s.facility
    CROSS JOIN (SELECT id FROM users WHERE username = 'staff.sofia') AS u`,
  // Referrals to SOF-SHELTER: R1 accepted in 24 h, R2 declined in 6 h, R3 unanswered (no outside
  // source), R4 sent in February and accepted in March after 72 h.
  `INSERT INTO referrals (code, status, from_unit_id, to_unit_id, source, case_id, victim_sex, reason, urgency, consent_given, consent_date,
                          consent_recorded_by, sent_at, sent_by, answered_at, answered_by, decline_reason)
   SELECT r.code, r.status, src.id, dst.id, r.source, r.case_id::uuid, r.sex, 'fixture', 'normal', true, r.sent::date, u.id,
          r.sent::timestamptz, u.id, r.answered::timestamptz, CASE WHEN r.answered IS NOT NULL THEN u.id END,
          CASE WHEN r.status = 'declined' THEN 'fixture' END
     FROM (VALUES ('REF-2026-900001', 'accepted', 'police', 'c0000000-0000-4000-8000-000000000002', NULL, '2026-03-09 10:00+02', '2026-03-10 10:00+02'),
                  ('REF-2026-900002', 'declined', 'police', NULL, 'female', '2026-03-20 10:00+02', '2026-03-20 16:00+02'),
                  ('REF-2026-900003', 'sent', NULL, NULL, 'male', '2026-03-31 23:00+03', NULL),
                  ('REF-2026-900004', 'accepted', 'ngo', 'c0000000-0000-4000-8000-000000000003', NULL, '2026-02-27 10:00+02', '2026-03-02 10:00+02'))
          AS r(code, status, source, case_id, sex, sent, answered)
    CROSS JOIN (SELECT id FROM units WHERE code = 'SOF-CENTRE') AS src
    CROSS JOIN (SELECT id FROM units WHERE code = 'SOF-SHELTER') AS dst
    CROSS JOIN (SELECT id FROM users WHERE username = 'staff.sofia') AS u`,
];

export async function insertKnownFixture(db: DataSource): Promise<void> {
  for (const statement of STATEMENTS) {
    await execute(db, statement);
  }
}
