/** What a timeline entry's data adds to its kind: a code to translate, and minutes where relevant. */
export interface TimelineDetail {
  /** Translation key of the detail, if any. */
  key: string | null;
  /** A service type code (translated by the catalogue, not by keys). */
  serviceType: string | null;
  minutes: number | null;
}

const KEY_FIELDS: ReadonlyArray<[field: string, prefix: string]> = [
  ['task', 'code.task.'],
  ['item', 'code.planKind.'],
  ['reason', 'code.closure.'],
];

export function timelineDetail(kind: string, data: Record<string, unknown> | null | undefined): TimelineDetail {
  const values = data ?? {};
  const serviceType = kind === 'service.rendered' && typeof values['type'] === 'string' ? values['type'] : null;
  const minutes = typeof values['durationMinutes'] === 'number' ? values['durationMinutes'] : null;
  let key: string | null = null;
  for (const [field, prefix] of KEY_FIELDS) {
    const value = values[field];
    if (typeof value === 'string' && !(kind.startsWith('placement.') && field === 'reason')) {
      key = `${prefix}${value}`;
      break;
    }
  }
  return { key, serviceType, minutes };
}
