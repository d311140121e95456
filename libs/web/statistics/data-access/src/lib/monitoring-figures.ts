import type { FacilityFigures, MonitoringView } from './statistics.models';

/** Metrics without a breakdown, in the order first seen. */
export function plainMetrics(view: MonitoringView | null): string[] {
  const metrics = new Set<string>();
  for (const facility of view?.facilities ?? []) {
    for (const period of facility.periods) {
      for (const value of period.values) {
        if (!value.dimension) metrics.add(value.metric);
      }
    }
  }
  return [...metrics];
}

/** Metrics with a breakdown (service type, referral source, ...). */
export function dimensionedMetrics(view: MonitoringView | null): string[] {
  const metrics = new Set<string>();
  for (const facility of view?.facilities ?? []) {
    for (const period of facility.periods) {
      for (const value of period.values) {
        if (value.dimension) metrics.add(value.metric);
      }
    }
  }
  return [...metrics];
}

/** A metric's value in one facility's period, or null. */
export function valueOf(
  facility: FacilityFigures,
  periodStart: string,
  metric: string,
  dimension?: string,
): number | null {
  const period = facility.periods.find((candidate) => candidate.start === periodStart);
  const found = period?.values.find(
    (value) => value.metric === metric && (value.dimension ?? '') === (dimension ?? ''),
  );
  return found ? found.value : null;
}

/** Every period start in the view, in order. */
export function periodStarts(view: MonitoringView | null): string[] {
  const starts = new Set<string>();
  for (const facility of view?.facilities ?? []) {
    for (const period of facility.periods) starts.add(period.start);
  }
  return [...starts].sort();
}

/** A metric in the latest period of each facility (what "now" looks like across facilities). */
export function latestByFacility(view: MonitoringView | null, metric: string): Array<{ label: string; value: number }> {
  return (view?.facilities ?? []).map((facility) => {
    const latest = facility.periods.at(-1);
    return { label: facility.code, value: latest ? (valueOf(facility, latest.start, metric) ?? 0) : 0 };
  });
}

/** A metric over time: one series per facility. */
export function seriesByFacility(
  view: MonitoringView | null,
  metric: string,
): Array<{ name: string; points: Array<{ x: string; y: number }> }> {
  const starts = periodStarts(view);
  return (view?.facilities ?? []).map((facility) => ({
    name: facility.code,
    points: starts.map((start) => ({ x: start, y: valueOf(facility, start, metric) ?? 0 })),
  }));
}

/** A dimensioned metric summed over facilities and periods, by dimension. */
export function totalsByDimension(
  view: MonitoringView | null,
  metric: string,
): Array<{ label: string; value: number }> {
  const totals = new Map<string, number>();
  for (const facility of view?.facilities ?? []) {
    for (const period of facility.periods) {
      for (const value of period.values) {
        if (value.metric === metric && value.dimension) {
          totals.set(value.dimension, (totals.get(value.dimension) ?? 0) + value.value);
        }
      }
    }
  }
  return [...totals].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value);
}
