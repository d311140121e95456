import type { Client } from 'pg';

/**
 * The monthly figures the benchmark checks the build against, written the plain way: every stay
 * expanded to its nights with generate_series, every service record grouped by its month.
 */
const BED_NIGHTS = `
  SELECT p.facility_id, date_trunc('month', night)::date::text AS month, count(*)::int AS value
    FROM placements p
   CROSS JOIN LATERAL generate_series((p.admitted_at AT TIME ZONE 'Europe/Sofia')::date::timestamp,
                                      (coalesce(p.discharged_at AT TIME ZONE 'Europe/Sofia', $2::date + interval '1 day')::date - 1)::timestamp,
                                      interval '1 day') AS night
   WHERE night >= $1::date AND night <= $2::date
   GROUP BY 1, 2`;

const SERVICES = `
  SELECT facility_id, date_trunc('month', provided_at AT TIME ZONE 'Europe/Sofia')::date::text AS month,
         count(*)::int AS services, round(sum(duration_minutes) / 60.0, 2)::text AS hours
    FROM service_records
   WHERE provided_at >= $1::date::timestamp AT TIME ZONE 'Europe/Sofia' AND provided_at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Sofia'
   GROUP BY 1, 2`;

export interface ReferenceFigures {
  bedNights: Map<string, number>;
  services: Map<string, string>;
}

/** `facility|month` -> bed-nights, and -> "count/hours" of services. */
export async function referenceFigures(db: Client, from: string, to: string): Promise<ReferenceFigures> {
  const nights = await db.query(BED_NIGHTS, [from, to]);
  const services = await db.query(SERVICES, [from, to]);
  return {
    bedNights: new Map(nights.rows.map((r) => [`${r.facility_id}|${r.month}`, r.value])),
    services: new Map(services.rows.map((r) => [`${r.facility_id}|${r.month}`, `${r.services}/${r.hours}`])),
  };
}

/** The same figures from the built monthly snapshots (non-zero ones, as the reference has no zeros). */
export async function builtFigures(db: Client, from: string, to: string): Promise<ReferenceFigures> {
  const { rows } = await db.query(
    `SELECT facility_id, period_start::text AS month, metric, value::text
       FROM monitoring_snapshots
      WHERE period_kind = 'month' AND period_start BETWEEN date_trunc('month', $1::date) AND $2::date AND dimension = ''
        AND metric IN ('bed_nights', 'services', 'service_hours') AND value > 0`,
    [from, to],
  );
  const at = (metric: string) =>
    new Map(rows.filter((r) => r.metric === metric).map((r) => [`${r.facility_id}|${r.month}`, r.value]));
  const hours = at('service_hours');
  return {
    bedNights: new Map([...at('bed_nights')].map(([k, v]) => [k, Number(v)])),
    services: new Map([...at('services')].map(([k, v]) => [k, `${v}/${hours.get(k)}`])),
  };
}

export const sameFigures = (a: ReferenceFigures, b: ReferenceFigures): boolean =>
  (['bedNights', 'services'] as const).every(
    (name) => a[name].size === b[name].size && [...a[name]].every(([k, v]) => b[name].get(k) === v),
  );
