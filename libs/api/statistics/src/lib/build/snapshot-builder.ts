import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { execute, queryRows } from '@ibd/api/core';
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

/**
 * Two deliveries of one job must not interleave a step: each step replaces its own metrics under a
 * lock of its own, so builds running at once take turns step by step and leave the same rows.
 */
const STEP_LOCK = `SELECT pg_advisory_xact_lock(hashtext('ibd:statistics-build:' || $1))`;

/**
 * How many steps run side by side, each on its own connection: the database server has two cores,
 * and a single INSERT ... SELECT runs on one of them (PostgreSQL 15 plans no parallel workers for it).
 */
export const BUILD_LANES = 2;

/**
 * Builds the monitoring snapshots of a run, one metric step per transaction: each step replaces its
 * figures for the run's periods, so a build delivered twice leaves the same rows. Independent steps
 * run side by side (BUILD_LANES), a step declaring `after` only once those steps have committed.
 */
@Injectable()
export class SnapshotBuilder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs build every kind of period; `kinds` narrows that (the benchmark's rebuild of months).
   * `onStep` hears of each step that committed, with how long it took (the benchmark's breakdown).
   * A failed step stops the build once the steps already running have ended, with its error.
   */
  async build(
    run: RunPeriod,
    onProgress: (percent: number) => Promise<void>,
    kinds: readonly PeriodKind[] = PERIOD_KINDS,
    onStep?: (step: string, ms: number) => void,
  ): Promise<void> {
    const pending = [...METRIC_STEPS];
    const done = new Set<string>();
    let running = 0;
    let failure: { error: unknown } | undefined;
    let waiting: Array<() => void> = [];
    const wakeAll = () => {
      const waiters = waiting;
      waiting = [];
      waiters.forEach((wake) => wake());
    };
    let progress = Promise.resolve();

    const lane = async (): Promise<void> => {
      while (!failure && pending.length > 0) {
        const index = pending.findIndex((step) => (step.after ?? []).every((name) => done.has(name)));
        if (index < 0) {
          if (running === 0)
            throw new Error(`Statistics steps wait on steps that never run: ${pending.map((s) => s.name)}`);
          await new Promise<void>((wake) => waiting.push(wake));
          continue;
        }
        const [step] = pending.splice(index, 1);
        running += 1;
        const started = Date.now();
        try {
          await this.dataSource.transaction((manager) => this.runStep(manager, run, step, kinds));
        } catch (error) {
          failure ??= { error: new BuildStepError(step.name, error) };
          return;
        } finally {
          running -= 1;
          wakeAll();
        }
        done.add(step.name);
        onStep?.(step.name, Date.now() - started);
        const percent = Math.floor((done.size * 100) / METRIC_STEPS.length);
        progress = progress.then(() => onProgress(percent));
        try {
          await progress;
        } catch (error) {
          failure ??= { error };
          return;
        }
      }
    };

    const lanes = await Promise.allSettled(Array.from({ length: BUILD_LANES }, lane));
    if (failure) throw failure.error;
    const rejected = lanes.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (rejected) throw rejected.reason;
  }

  private async runStep(
    manager: EntityManager,
    run: RunPeriod,
    step: MetricStep,
    kinds: readonly PeriodKind[],
  ): Promise<void> {
    await execute(manager, STEP_LOCK, [step.name]);
    await execute(manager, BUILD_PERIODS, [run.from, run.to, STATISTICS_TIME_ZONE, kinds]);
    await execute(manager, BUILD_DAYS, [STATISTICS_TIME_ZONE]);
    await execute(manager, BUILD_RANGE, [STATISTICS_TIME_ZONE]);
    await execute(manager, ANALYZE_BUILD_TABLES);
    await execute(manager, NO_JIT);
    await execute(manager, WORK_MEM);
    await execute(manager, DELETE_STEP_ROWS, [step.metrics]);
    const params: unknown[] = [run.id];
    if (step.bounds) {
      const [range] = await queryRows<{ starts_at: string; ends_at: string }>(
        manager,
        `SELECT starts_at::text, ends_at::text FROM build_range`,
      );
      params.push(range.starts_at, range.ends_at);
    }
    await execute(manager, step.sql, params);
  }
}
