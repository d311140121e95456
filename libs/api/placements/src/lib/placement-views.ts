import type { PlacementDetailView, PlacementExtensionView, PlacementView } from '@ibd/shared/contracts';

/** Today in Bulgaria, in SQL: the day terms are counted against. */
export const SOFIA_TODAY_SQL = `(now() AT TIME ZONE 'Europe/Sofia')::date`;

/** The bed a stay holds now, or held last (a discharged stay). */
const LAST_ASSIGNMENT = `(SELECT %s FROM bed_assignments a JOIN beds b ON b.id = a.bed_id WHERE a.placement_id = p.id ORDER BY a.from_at DESC LIMIT 1)`;

/** The columns of a placement view over `p` joined with cases `c` and units `u`. */
export const PLACEMENT_COLUMNS = [
  'p.id AS "id"',
  'p.case_id AS "caseId"',
  'c.code AS "caseCode"',
  'p.facility_id AS "facilityId"',
  'u.code AS "facilityCode"',
  `${LAST_ASSIGNMENT.replace('%s', 'b.id')} AS "bedId"`,
  `${LAST_ASSIGNMENT.replace('%s', 'b.code')} AS "bedCode"`,
  'p.admitted_at AS "admittedAt"',
  `(p.admitted_at AT TIME ZONE 'Europe/Sofia')::date::text AS "admittedOn"`,
  'p.initial_limit_date::text AS "initialLimitDate"',
  'p.stay_limit_date::text AS "stayLimitDate"',
  `CASE WHEN p.discharged_at IS NULL THEN p.stay_limit_date - ${SOFIA_TODAY_SQL} END AS "daysLeft"`,
  'p.consent_date::text AS "consentDate"',
  'p.discharged_at AS "dischargedAt"',
  'p.discharge_reason AS "dischargeReason"',
  'p.destination AS "destination"',
  'p.referral_id AS "referralId"',
  'p.onward_referral_id AS "onwardReferralId"',
];

/** The views as the API holds them: points in time as Dates, as PostgreSQL gives them. */
export type PlacementRow = PlacementView<Date>;
export type ExtensionRow = PlacementExtensionView<Date>;
export type BedHistoryRow = PlacementDetailView<Date>['beds'][number];
export type PlacementDetail = PlacementDetailView<Date>;
