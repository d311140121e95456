import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { FacilityFigures, MonitoringView } from '@ibd/shared/contracts';
import { queryRows } from '@ibd/api/core';
import type { MonitoringQuery } from './dto/monitoring.query';

interface SnapshotRow {
  facility_id: string;
  code: string;
  name: string;
  period_start: string;
  period_end: string;
  metric: string;
  dimension: string;
  value: string;
}

/** Reads the built monitoring snapshots; building them is the worker's job. */
@Injectable()
export class MonitoringService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(query: MonitoringQuery): Promise<MonitoringView> {
    const rows = await queryRows<SnapshotRow>(
      this.dataSource,
      `SELECT s.facility_id, u.code, u.name, s.period_start::text, s.period_end::text, s.metric, s.dimension, s.value::text
         FROM monitoring_snapshots s
         JOIN units u ON u.id = s.facility_id
        WHERE s.period_kind = $1 AND s.period_start <= $3 AND s.period_end >= $2 AND ($4::uuid IS NULL OR s.facility_id = $4)
        ORDER BY u.code, s.period_start, s.metric, s.dimension`,
      [query.periodKind, query.from, query.to, query.facilityId ?? null],
    );
    return { from: query.from, to: query.to, periodKind: query.periodKind, facilities: group(rows) };
  }
}

function group(rows: SnapshotRow[]): FacilityFigures[] {
  const facilities = new Map<string, FacilityFigures>();
  for (const row of rows) {
    const facility = facilities.get(row.facility_id) ?? {
      facilityId: row.facility_id,
      code: row.code,
      name: row.name,
      periods: [],
    };
    facilities.set(row.facility_id, facility);
    let period = facility.periods.at(-1);
    if (period?.start !== row.period_start) {
      period = { start: row.period_start, end: row.period_end, values: [] };
      facility.periods.push(period);
    }
    period.values.push({
      metric: row.metric,
      ...(row.dimension ? { dimension: row.dimension } : {}),
      value: Number(row.value),
    });
  }
  return [...facilities.values()];
}

export type { FacilityFigures, MetricValue, MonitoringView, PeriodFigures } from '@ibd/shared/contracts';
