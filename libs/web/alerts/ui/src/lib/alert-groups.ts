import type { AlertView } from '@ibd/shared/contracts';

/** The alerts of one case (or one referral without a case), in the order the first one came. */
export interface AlertGroup {
  key: string;
  code: string;
  caseId: string | null;
  unitCode: string;
  alerts: AlertView[];
}

/** Groups alerts per case, keeping the list's order (most urgent first). */
export function groupAlerts(alerts: readonly AlertView[]): AlertGroup[] {
  const groups = new Map<string, AlertGroup>();
  for (const alert of alerts) {
    const key = alert.caseId ?? `alert:${alert.id}`;
    const group = groups.get(key);
    if (group) group.alerts.push(alert);
    else groups.set(key, { key, code: alert.code, caseId: alert.caseId, unitCode: alert.unitCode, alerts: [alert] });
  }
  return [...groups.values()];
}
