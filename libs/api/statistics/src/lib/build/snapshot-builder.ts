import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { STATISTICS_TIME_ZONE } from '../period/statistics-period';
import { PERIOD_KINDS, PeriodKind } from '../monitoring/monitoring-snapshot.entity';
import type { RunPeriod } from '../runs/run-state.service';
import { BuildStepError } from './build-failure';
import type { MetricStep } from './metric-step';
import { METRIC_STEPS } from './steps';

/** Every day, month and year (of the kinds `$4`) touching from..to, each ending today at the latest. */
const BUILD_PERIODS = `
  CREATE TEMP TABLE build_periods ON COMMIT DROP AS
  SELECT k.kind::varchar AS period_kind, p.start::date AS period_start,
         LEAST((p.start + k.step - interval '1 day')::date, (now() AT TIME ZONE $3)::date) AS period_end
    FROM (VALUES ('day', interval '1 day'), ('month', interval '1 month'), ('year', interval '1 year')) AS k(kind, step)
   CROSS JOIN LATERAL generate_series(date_trunc(k.kind, $1::date::timestamp), date_trunc(k.kind, $2::date::timestamp), k.step) AS p(start)
   WHERE k.kind = ANY($4)`;

const BUILD_DAYS = `
  CREATE TEMP TABLE build_days ON COMMIT DROP AS
  SELECT p.period_kind, p.period_start, p.period_end, d.day::date AS day,
         (d.day + interval '1 day') AT TIME ZONE $1 AS day_ends_at
    FROM build_periods p
   CROSS JOIN LATERAL generate_series(p.period_start::timestamp, p.period_end::timestamp, interval '1 day') AS d(day)`;

const BUILD_RANGE = `
  CREATE TEMP TABLE build_range ON COMMIT DROP AS
  SELECT $1::text AS time_zone, min(period_start) AS first_day, max(period_end) AS last_day,
         CASE WHEN bool_or(period_kind = 'day') THEN 'day' WHEN bool_or(period_kind = 'month') THEN 'month' ELSE 'year' END AS grain,
         min(period_start)::timestamp AT TIME ZONE $1 AS starts_at, (max(period_end) + 1)::timestamp AT TIME ZONE $1 AS ends_at
    FROM build_periods`;

const DELETE_STEP_ROWS = `
  DELETE FROM monitoring_snapshots s USING build_periods p
   WHERE s.period_kind = p.period_kind AND s.period_start = p.period_start AND s.metric = ANY($1)`;

/**
 * Temporary tables have no statistics until analysed: without them the planner guesses a thousand
 * rows each, multiplies the guesses into billions and spends seconds compiling the step with JIT.
 */
const ANALYZE_BUILD_TABLES = `ANALYZE build_periods, build_days, build_range`;
const NO_JIT = `SET LOCAL jit = off`;
/** A step groups up to millions of records: enough memory to hash and sort them without spilling to disk. */
const WORK_MEM = `SET LOCAL work_mem = '64MB'`;

/** Builds cannot interleave: two deliveries of one job would otherwise race on the same keys. */
const BUILD_LOCK = `SELECT pg_advisory_xact_lock(hashtext('ibd:statistics-build'))`;

/**
 * Builds the monitoring snapshots of a run, one metric step per transaction: each step replaces its
 * figures for the run's periods, so a build delivered twice leaves the same rows.
 */
@Injectable()
export class SnapshotBuilder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs build every kind of period; `kinds` narrows that (the benchmark's rebuild of months). */
  async build(
    run: RunPeriod,
    onProgress: (percent: number) => Promise<void>,
    kinds: readonly PeriodKind[] = PERIOD_KINDS,
  ): Promise<void> {
    for (const [index, step] of METRIC_STEPS.entries()) {
      try {
        await this.dataSource.transaction((manager) => this.runStep(manager, run, step, kinds));
      } catch (error) {
        throw new BuildStepError(step.name, error);
      }
      await onProgress(Math.floor(((index + 1) * 100) / METRIC_STEPS.length));
    }
  }

  private async runStep(
    manager: EntityManager,
    run: RunPeriod,
    step: MetricStep,
    kinds: readonly PeriodKind[],
  ): Promise<void> {
    await manager.query(BUILD_LOCK);
    await manager.query(BUILD_PERIODS, [run.from, run.to, STATISTICS_TIME_ZONE, kinds]);
    await manager.query(BUILD_DAYS, [STATISTICS_TIME_ZONE]);
    await manager.query(BUILD_RANGE, [STATISTICS_TIME_ZONE]);
    await manager.query(ANALYZE_BUILD_TABLES);
    await manager.query(NO_JIT);
    await manager.query(WORK_MEM);
    await manager.query(DELETE_STEP_ROWS, [step.metrics]);
    await manager.query(step.sql, [run.id]);
  }
}
