import type { ReferralView, Sex } from '@ibd/shared/contracts';

/** The columns of a referral view over `r` joined with units `fu`, `tu` and cases `c`, `rc`. */
export const REFERRAL_COLUMNS = [
  'r.id AS "id"',
  'r.code AS "code"',
  'r.status AS "status"',
  'r.from_unit_id AS "fromUnitId"',
  'fu.code AS "fromUnitCode"',
  'r.to_unit_id AS "toUnitId"',
  'tu.code AS "toUnitCode"',
  'r.source AS "source"',
  'r.case_id AS "caseId"',
  'c.code AS "caseCode"',
  'r.result_case_id AS "resultCaseId"',
  'rc.code AS "resultCaseCode"',
  'r.victim_sex AS "victimSex"',
  'r.victim_citizenship AS "victimCitizenship"',
  'r.victim_birth_year AS "victimBirthYear"',
  'r.exploitation_forms AS "exploitationForms"',
  'r.urgency AS "urgency"',
  'r.reason AS "reason"',
  'r.transnational_country AS "transnationalCountry"',
  'r.consent_date::text AS "consentDate"',
  'r.consent_recorded_by AS "consentRecordedBy"',
  'r.sent_at AS "sentAt"',
  'r.answered_at AS "answeredAt"',
  'floor(extract(epoch FROM r.answered_at - r.sent_at) / 60)::int AS "minutesToAnswer"',
  'r.decline_reason AS "declineReason"',
  'r.withdrawn_at AS "withdrawnAt"',
  'r.completed_at AS "completedAt"',
];

/** A referral as the API holds it (points in time as Dates). */
export type ReferralOut = ReferralView<Date>;

/** A row of REFERRAL_COLUMNS: the view with the victim summary and the consent flattened. */
export type ReferralRow = Omit<ReferralOut, 'victim' | 'consent' | 'reason' | 'declineReason'> & {
  victimSex: Sex | null;
  victimCitizenship: string | null;
  victimBirthYear: number | null;
  reason: string;
  consentDate: string;
  consentRecordedBy: string;
  declineReason: string | null;
};

export function toReferralView(row: ReferralRow, withText: boolean): ReferralOut {
  const {
    victimSex,
    victimCitizenship,
    victimBirthYear,
    consentDate,
    consentRecordedBy,
    reason,
    declineReason,
    ...rest
  } = row;
  return {
    ...rest,
    victim: victimSex ? { sex: victimSex, citizenship: victimCitizenship, birthYear: victimBirthYear } : null,
    consent: { given: true, date: consentDate, recordedBy: consentRecordedBy },
    ...(withText ? { reason, declineReason } : {}),
  };
}
