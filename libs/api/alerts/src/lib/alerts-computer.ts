import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ALERT_KINDS, AlertKind } from '@ibd/shared/contracts';
import { execute, queryRows } from '@ibd/api/core';

export type AlertCounts = Record<AlertKind, number>;

/**
 * The whole set of alerts, from the records as they are now. Thresholds come from alert_settings;
 * terms are counted in Sofia calendar days, like the bed board.
 */
const COMPUTE_SQL = `
  WITH settings AS (
         SELECT (SELECT value FROM alert_settings WHERE key = 'term_ending_days') AS term_days,
                (SELECT value FROM alert_settings WHERE key = 'referral_answer_hours') AS answer_hours),
       today AS (SELECT (now() AT TIME ZONE 'Europe/Sofia')::date AS d)
  INSERT INTO alerts (kind, subject_id, unit_id, sender_unit_id, code, case_id, due_date, due_at, computed_at)
  SELECT CASE WHEN p.stay_limit_date < today.d THEN 'term_overdue' ELSE 'term_ending' END,
         p.id, p.facility_id, NULL::uuid, c.code, c.id, p.stay_limit_date, NULL::timestamptz, now()
    FROM placements p JOIN cases c ON c.id = p.case_id, settings, today
   WHERE p.discharged_at IS NULL AND p.stay_limit_date <= today.d + settings.term_days
  UNION ALL
  SELECT 'child_notification_overdue', t.id, c.facility_id, NULL::uuid, c.code, c.id, NULL::date, t.due_at, now()
    FROM case_tasks t JOIN cases c ON c.id = t.case_id
   WHERE t.done_at IS NULL AND t.due_at < now()
  UNION ALL
  SELECT 'referral_unanswered', r.id, r.to_unit_id, r.from_unit_id, r.code, r.case_id, NULL::date,
         r.sent_at + make_interval(hours => settings.answer_hours), now()
    FROM referrals r, settings
   WHERE r.status = 'sent' AND r.sent_at + make_interval(hours => settings.answer_hours) < now()
  RETURNING kind`;

@Injectable()
export class AlertsComputer {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Replaces the set in one transaction; concurrent runs queue on the table lock, so reruns are idempotent. */
  async compute(): Promise<AlertCounts> {
    return this.dataSource.transaction(async (manager) => {
      await execute(manager, 'LOCK TABLE alerts IN SHARE ROW EXCLUSIVE MODE');
      await execute(manager, 'DELETE FROM alerts');
      const rows = await queryRows<{ kind: AlertKind }>(manager, COMPUTE_SQL);
      const counts = Object.fromEntries(ALERT_KINDS.map((kind) => [kind, 0])) as AlertCounts;
      for (const { kind } of rows) counts[kind] += 1;
      return counts;
    });
  }
}
