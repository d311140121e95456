import type {
  CaseListItem as CaseListItemOf,
  CaseTaskView as CaseTaskViewOf,
  CaseView as CaseViewOf,
} from '@ibd/shared/contracts';

/** The views as the API holds them: points in time as Dates, as PostgreSQL gives them. */
export type CaseListItem = CaseListItemOf<Date>;
export type CaseTaskView = CaseTaskViewOf<Date>;
export type CaseView = CaseViewOf<Date>;

/** Columns of the list (alias c: cases, v: victims, u: units); dates as YYYY-MM-DD text. */
const CASE_LIST_COLUMNS = [
  'c.id AS "id"',
  'c.code AS "code"',
  'c.status AS "status"',
  'c.victim_id AS "victimId"',
  'v.code AS "victimCode"',
  'c.facility_id AS "facilityId"',
  'u.code AS "facilityCode"',
  'c.identified_at::text AS "identifiedAt"',
  'c.child AS "child"',
  'c.exploitation_forms AS "exploitationForms"',
  'c.opened_at AS "openedAt"',
  'c.closed_at AS "closedAt"',
];

const CASE_DETAIL_COLUMNS = [
  ...CASE_LIST_COLUMNS,
  'c.identified_by AS "identifiedBy"',
  'c.formal_identified_at::text AS "formalIdentifiedAt"',
  'c.formal_identified_by AS "formalIdentifiedBy"',
  'c.recruitment_countries AS "recruitmentCountries"',
  'c.exploitation_countries AS "exploitationCountries"',
  'c.transnational AS "transnational"',
  'c.means_of_control AS "meansOfControl"',
  'c.recruiter_relationship AS "recruiterRelationship"',
  `json_build_object('given', c.trm_consent_given, 'date', c.trm_consent_date::text, 'includesIdentity', c.trm_consent_identity) AS "transnationalConsent"`,
  'c.assistance_before AS "assistanceBefore"',
  'c.reflection_ends_on::text AS "reflectionEndsOn"',
  'c.activated_at AS "activatedAt"',
  'c.closure_reason AS "closureReason"',
  'c.retention_until::text AS "retentionUntil"',
  'c.updated_at AS "updatedAt"',
];

/** The select lists, joined once rather than on every request. */
export const CASE_LIST_SELECT = CASE_LIST_COLUMNS.join(', ');
export const CASE_DETAIL_SELECT = CASE_DETAIL_COLUMNS.join(', ');

/** The victim's and the facility's codes, for output only: filters never need the join. */
export const WITH_CODES = 'JOIN victims v ON v.id = c.victim_id JOIN units u ON u.id = c.facility_id';

/** A point in time as JSON text exactly as the API writes a Date: `2026-02-01T22:00:00.000Z`. */
const isoInstant = (sql: string) => `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The case's tasks as one JSON array column, so a case and its tasks are one query. */
export const TASKS_JSON = `COALESCE((
  SELECT json_agg(json_build_object('id', t.id, 'kind', t.kind, 'dueAt', ${isoInstant('t.due_at')},
                                    'doneAt', ${isoInstant('t.done_at')}, 'doneBy', t.done_by,
                                    'doneByName', du.display_name, 'notifiedAt', ${isoInstant('t.notified_at')},
                                    'overdue', t.done_at IS NULL AND t.due_at < now()) ORDER BY t.due_at, t.kind)
    FROM case_tasks t LEFT JOIN users du ON du.id = t.done_by WHERE t.case_id = c.id), '[]')`;

export const TASK_COLUMNS = [
  't.id AS "id"',
  't.kind AS "kind"',
  't.due_at AS "dueAt"',
  't.done_at AS "doneAt"',
  't.done_by AS "doneBy"',
  'du.display_name AS "doneByName"',
  't.notified_at AS "notifiedAt"',
  '(t.done_at IS NULL AND t.due_at < now()) AS "overdue"',
];
