import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { JOBS, QUEUES } from '@ibd/api/core';
import { BlindIndex, Keyring } from '@ibd/api/identity';
import { NIGHTLY_RETENTION, NIGHTLY_STATISTICS, RetentionService } from '@ibd/api/statistics';
// End to end: the real API app requests the run, the real worker builds it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createTestApp, TestApp } from '../../api/test/test-app';
import { BED_PERIODS_FROM_BEDS, insertKnownFixture } from './statistics-fixture';
import { eventually, REDIS_DOWN, startWorker, stopWorker, Worker } from './worker-harness';

const SOFIA = 'Europe/Sofia';

/** Requests a run as the monitor and waits until the worker has finished it. */
async function buildRun(t: TestApp, monitor: string, from: string, to: string): Promise<{ status: string }> {
  const { id } = (
    await t.http.post('/api/v1/statistics/runs').auth(monitor, { type: 'bearer' }).send({ from, to }).expect(202)
  ).body;
  return eventually(
    async () => (await t.http.get(`/api/v1/statistics/runs/${id}`).auth(monitor, { type: 'bearer' }).expect(200)).body,
    (run) => run.status === 'done' || run.status === 'failed',
  );
}

/** Days from one date to another, both included. */
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
const todayInSofia = () => new Intl.DateTimeFormat('en-CA', { timeZone: SOFIA }).format(new Date());
const dayBefore = (date: string) => new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10);

interface MonitoringBody {
  facilities: Array<{
    code: string;
    periods: Array<{ start: string; values: Array<{ metric: string; value: number }> }>;
  }>;
}

/** The capacity figures of a monitoring answer, for the facilities that have them. */
function capacityOnly<T extends MonitoringBody>(body: T): T {
  const capacity = ['available_bed_nights', 'capacity'];
  const facilities = body.facilities
    .map((f) => ({
      ...f,
      periods: f.periods.map((p) => ({ ...p, values: p.values.filter((v) => capacity.includes(v.metric)) })),
    }))
    .filter((f) => f.periods.some((p) => p.values.length > 0));
  return { ...body, facilities };
}

describe('statistics runs, built by the worker (real Redis and PostgreSQL)', () => {
  let t: TestApp;
  let worker: Worker | undefined;
  let monitor: string;

  const request = (from: string, to: string) =>
    t.http.post('/api/v1/statistics/runs').auth(monitor, { type: 'bearer' }).send({ from, to });
  const getRun = async (id: string) =>
    (await t.http.get(`/api/v1/statistics/runs/${id}`).auth(monitor, { type: 'bearer' }).expect(200)).body;
  const untilFinished = (id: string, attempts = 1) =>
    eventually(
      () => getRun(id),
      (run) => (run.status === 'done' || run.status === 'failed') && run.attempts >= attempts,
    );
  const snapshotRows = () =>
    t.db
      .query(`SELECT facility_id, period_kind, period_start::text, period_end::text, metric, dimension, value::text, run_id
                  FROM monitoring_snapshots ORDER BY facility_id, period_kind, period_start, metric, dimension`);

  beforeAll(async () => {
    t = await createTestApp({ REDIS_URL: REDIS_DOWN });
    monitor = await t.token('monitor');
    // Beds known by construction. SOF-SHELTER: 4 beds since 31 Dec 2025, 5 since 00:30 on 16 Jan 2026
    // Sofia time (still 15 Jan in UTC), 1 inactive. The other shelters' beds arrive on 1 March 2026.
    await t.db.query(`UPDATE beds SET created_at = '2026-03-01 09:00:00+02'`);
    await t.db.query(
      `UPDATE beds b SET created_at = v.at::timestamptz, active = v.active
         FROM (VALUES ('SOF-SHELTER-01', '2025-12-31 10:00:00+02', true), ('SOF-SHELTER-02', '2025-12-31 10:00:00+02', true),
                      ('SOF-SHELTER-03', '2025-12-31 10:00:00+02', true), ('SOF-SHELTER-04', '2025-12-31 10:00:00+02', true),
                      ('SOF-SHELTER-05', '2026-01-16 00:30:00+02', true), ('SOF-SHELTER-06', '2026-01-16 00:30:00+02', true),
                      ('SOF-SHELTER-07', '2026-01-16 00:30:00+02', true), ('SOF-SHELTER-08', '2026-01-16 00:30:00+02', true),
                      ('SOF-SHELTER-09', '2026-01-16 00:30:00+02', true), ('SOF-SHELTER-10', '2025-01-01 10:00:00+02', false))
              AS v(code, at, active)
        WHERE b.code = v.code`,
    );
    for (const statement of BED_PERIODS_FROM_BEDS) await t.db.query(statement);
  });

  afterAll(async () => {
    if (worker) await stopWorker(worker);
    await t.close();
  });

  it('accepts a run while Redis is unreachable, keeps it queued, and completes it once a worker with Redis runs', async () => {
    const res = await request('2026-01-01', '2026-01-31').expect(202);
    expect(res.body).toEqual({ id: expect.any(String), status: 'queued' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const [row] = await t.db.query(
      'SELECT status, progress, enqueued_at, attempts FROM statistics_runs WHERE id = $1',
      [res.body.id],
    );
    expect(row).toEqual({ status: 'queued', progress: 0, enqueued_at: null, attempts: 0 });

    worker = await startWorker((t.db.options as PostgresConnectionOptions).url as string);
    const run = await untilFinished(res.body.id);

    expect(run).toMatchObject({
      id: res.body.id,
      status: 'done',
      progress: 100,
      from: '2026-01-01',
      to: '2026-01-31',
      attempts: 1,
    });
    expect(run).not.toHaveProperty('error');
    expect(Date.parse(run.finishedAt)).toBeGreaterThanOrEqual(Date.parse(run.startedAt));
    const job = await worker.queue.getJob(res.body.id);
    expect(job?.data).toEqual({ runId: res.body.id, requestId: res.headers['x-request-id'] });
    expect(job?.progress).toBe(100);
    expect(worker.progress.get(res.body.id)).toContain(100);
  }, 40_000);

  it('serves the built capacity per facility, equal to the figures known by construction', async () => {
    const read = async (query: string) =>
      capacityOnly(
        (await t.http.get(`/api/v1/statistics/monitoring?${query}`).auth(monitor, { type: 'bearer' }).expect(200)).body,
      );
    const month = await read('from=2026-01-01&to=2026-01-31&periodKind=month');
    const values = (capacity: number, nights: number) => [
      { metric: 'available_bed_nights', value: nights },
      { metric: 'capacity', value: capacity },
    ];
    const january = (code: string, capacity: number, nights: number) => ({
      facilityId: expect.any(String),
      code,
      name: expect.any(String),
      periods: [{ start: '2026-01-01', end: '2026-01-31', values: values(capacity, nights) }],
    });
    expect(month).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      periodKind: 'month',
      facilities: [
        january('BGS-REINT', 0, 0),
        january('BGS-SHELTER', 0, 0),
        january('SOF-SHELTER', 9, 4 * 31 + 5 * 16),
        january('VAR-SHELTER', 0, 0),
      ],
    });

    const sofia = month.facilities[2].facilityId;
    const days = await read(`from=2026-01-15&to=2026-01-16&periodKind=day&facilityId=${sofia}`);
    expect(days.facilities).toHaveLength(1);
    expect(days.facilities[0].periods).toEqual([
      { start: '2026-01-15', end: '2026-01-15', values: values(4, 4) },
      { start: '2026-01-16', end: '2026-01-16', values: values(9, 9) },
    ]);

    const end = [todayInSofia(), '2026-12-31'].sort()[0];
    const year = await read('from=2026-01-01&to=2026-01-31&periodKind=year');
    const byCode = Object.fromEntries(
      year.facilities.map((f: { code: string; periods: unknown[] }) => [f.code, f.periods]),
    );
    expect(byCode['SOF-SHELTER']).toEqual([
      {
        start: '2026-01-01',
        end,
        values: values(9, 4 * daysBetween('2026-01-01', end) + 5 * daysBetween('2026-01-16', end)),
      },
    ]);
    expect(byCode['BGS-SHELTER']).toEqual([
      { start: '2026-01-01', end, values: values(12, 12 * daysBetween('2026-03-01', end)) },
    ]);

    const [{ rows }] = await t.db.query(
      `SELECT count(*)::int AS rows FROM monitoring_snapshots WHERE metric IN ('capacity', 'available_bed_nights')`,
    );
    expect(rows).toBe((31 + 1 + 1) * 4 * 2);
  });

  it('leaves identical snapshot rows when the same job is delivered again', async () => {
    const [{ id }] = await t.db.query(`SELECT id FROM statistics_runs WHERE status = 'done'`);
    const before = await snapshotRows();
    // Tamper with a figure: the second delivery must rebuild it, not skip the run as done.
    await t.db.query(`UPDATE monitoring_snapshots SET value = 999 WHERE metric = 'capacity' AND period_kind = 'month'`);
    const job = await worker?.queue.getJob(id);
    await job?.retry('completed');
    const run = await untilFinished(id, 2);
    expect(run).toMatchObject({ status: 'done', attempts: 2, progress: 100 });
    expect(await snapshotRows()).toEqual(before);
  }, 40_000);

  it('records a reason a person can act on when an attempt fails, and succeeds on the retry', async () => {
    await t.db.query('ALTER TABLE beds RENAME TO beds_away');
    const { id } = (await request('2026-02-01', '2026-02-28').expect(202)).body;
    const failed = await eventually(
      () => getRun(id),
      (run) => run.error !== undefined,
    );
    await t.db.query('ALTER TABLE beds_away RENAME TO beds');
    expect(failed).toMatchObject({ status: 'queued', attempts: 1 });
    expect(failed.error).toMatch(
      /^Step "capacity" of the statistics build failed because a table or column it reads does not exist.*retried automatically\.$/,
    );

    const run = await untilFinished(id, 2);
    expect(run).toMatchObject({ status: 'done', attempts: 2, progress: 100 });
    expect(run).not.toHaveProperty('error');
  }, 40_000);

  it('keeps the capacity of past periods when a bed leaves service today', async () => {
    const admin = { Authorization: `Bearer ${await t.token('admin')}` };
    const [bed] = await t.db.query(`SELECT id FROM beds WHERE code = 'SOF-SHELTER-01'`);
    const sofiaJanuary = async () => {
      const { id } = (await request('2026-01-01', '2026-01-31').expect(202)).body;
      expect(await untilFinished(id)).toMatchObject({ status: 'done' });
      const body = (
        await t.http
          .get('/api/v1/statistics/monitoring?from=2026-01-01&to=2026-01-31&periodKind=month')
          .auth(monitor, { type: 'bearer' })
          .expect(200)
      ).body;
      return capacityOnly(body).facilities.find((f: { code: string }) => f.code === 'SOF-SHELTER').periods;
    };
    const before = await sofiaJanuary();
    await t.http.patch(`/api/v1/beds/${bed.id}`).set(admin).send({ active: false }).expect(200);
    try {
      expect(await sofiaJanuary()).toEqual(before);
      expect(before[0].values).toContainEqual({ metric: 'capacity', value: 9 });
    } finally {
      await t.http.patch(`/api/v1/beds/${bed.id}`).set(admin).send({ active: true }).expect(200);
    }
  }, 40_000);

  it('requests one run for the day just ended each night, however often the nightly job comes', async () => {
    const queue = worker?.queue as Queue;
    expect(await queue.getJobSchedulers()).toEqual([
      expect.objectContaining({
        key: JOBS.requestNightlyStatistics,
        pattern: NIGHTLY_STATISTICS.pattern,
        tz: NIGHTLY_STATISTICS.tz,
      }),
    ]);
    for (let i = 0; i < 2; i++) {
      const job = await queue.add(JOBS.requestNightlyStatistics, {});
      await job.waitUntilFinished(worker?.events as QueueEvents, 10_000);
    }
    const runs = await t.db.query('SELECT id FROM statistics_runs WHERE requested_by IS NULL');
    expect(runs).toHaveLength(1);
    const yesterday = dayBefore(todayInSofia());
    expect(await untilFinished(runs[0].id)).toMatchObject({
      status: 'done',
      from: yesterday,
      to: yesterday,
      progress: 100,
    });
  }, 40_000);
});

/** Figures that are zero unless a test says otherwise, written for every facility (see the metric steps). */
const EVERY_FACILITY = [
  'cases_closed',
  'cases_opened',
  'children_closed',
  'children_opened',
  'open_child_notifications',
  'referrals_accepted',
  'referrals_declined',
  'referrals_received',
  'service_hours',
  'services',
];
const RESIDENTIAL = [
  'admissions',
  'available_bed_nights',
  'bed_nights',
  'capacity',
  'discharges',
  'residents_at_end',
  'stays_past_term',
];
type Figure = { metric: string; dimension?: string; value: number };
const key = ({ metric, dimension }: Figure) => `${metric}|${dimension ?? ''}`;
const sorted = (figures: Figure[]) => [...figures].sort((a, b) => (key(a) < key(b) ? -1 : 1));

/** Every figure of a facility: zero for each metric it always has, then the given ones. */
function figures(residential: boolean, given: Record<string, number> = {}): Figure[] {
  const zeros = [...EVERY_FACILITY, ...(residential ? RESIDENTIAL : [])].map((metric) => [metric, 0] as const);
  const all = new Map<string, number>([...zeros, ...Object.entries(given)]);
  return sorted(
    [...all].map(([name, value]) => {
      const [metric, dimension] = name.split(':');
      return { metric, ...(dimension ? { dimension } : {}), value };
    }),
  );
}

describe('statistics of a data set known by construction (real Redis and PostgreSQL)', () => {
  let t: TestApp;
  let worker: Worker;
  let monitor: string;

  const monitoring = async (query: string) =>
    (await t.http.get(`/api/v1/statistics/monitoring?${query}`).auth(monitor, { type: 'bearer' }).expect(200)).body;
  /** code -> period start -> the figures, sorted. */
  const byFacility = (body: MonitoringBody & { facilities: Array<{ periods: Array<{ values: Figure[] }> }> }) =>
    Object.fromEntries(
      body.facilities.map((f) => [
        f.code,
        Object.fromEntries(f.periods.map((p) => [p.start, sorted(p.values as Figure[])])),
      ]),
    );
  const figure = (values: Figure[], metric: string, dimension?: string) =>
    values.find((v) => v.metric === metric && v.dimension === dimension)?.value;

  beforeAll(async () => {
    t = await createTestApp();
    monitor = await t.token('monitor');
    await insertKnownFixture(t.db);
    worker = await startWorker((t.db.options as PostgresConnectionOptions).url as string);
    expect(await buildRun(t, monitor, '2026-02-01', '2026-03-31')).toMatchObject({ status: 'done' });
  }, 60_000);

  afterAll(async () => {
    await stopWorker(worker);
    await t.close();
  });

  it('gives every monitoring figure of March 2026, per facility', async () => {
    const march = byFacility(await monitoring('from=2026-03-01&to=2026-03-31&periodKind=month'));
    expect(Object.keys(march).sort()).toEqual([
      'BGS-CENTRE',
      'BGS-REINT',
      'BGS-SHELTER',
      'SOF-CENTRE',
      'SOF-SHELTER',
      'VAR-CENTRE',
      'VAR-SHELTER',
    ]);
    expect(march['SOF-SHELTER']['2026-03-01']).toEqual(
      figures(true, {
        capacity: 4,
        available_bed_nights: 4 * 31,
        // P1 1-4 March, P2 10-19 March, P3 30-31 March, P4 all 31 nights.
        bed_nights: 4 + 10 + 2 + 31,
        occupancy_percent: 37.9,
        admissions: 2,
        discharges: 2,
        // P1 20 Feb - 5 Mar: 13 nights; P2 10-20 Mar: 10 nights.
        average_length_of_stay: 11.5,
        median_length_of_stay: 11.5,
        residents_at_end: 2,
        stays_past_term: 1,
        referrals_received: 3,
        'referrals_received:police': 2,
        'referrals_received:unit': 1,
        referrals_accepted: 2,
        'referrals_accepted:police': 1,
        'referrals_accepted:ngo': 1,
        referrals_declined: 1,
        'referrals_declined:police': 1,
        referral_answer_hours: 34,
        'referral_answer_hours:police': 15,
        'referral_answer_hours:ngo': 72,
        services: 3,
        'services:psychological': 2,
        'services:legal_aid': 1,
        service_hours: 3,
        'service_hours:psychological': 1.5,
        'service_hours:legal_aid': 1.5,
        cases_opened: 2,
        cases_closed: 1,
        children_opened: 1,
        open_child_notifications: 2,
      }),
    );
    expect(march['BGS-REINT']['2026-03-01']).toEqual(
      figures(true, {
        admissions: 1,
        discharges: 1,
        average_length_of_stay: 0,
        median_length_of_stay: 0,
        cases_opened: 1,
        cases_closed: 1,
      }),
    );
    expect(march['SOF-CENTRE']['2026-03-01']).toEqual(
      figures(false, {
        cases_opened: 1,
        services: 1,
        'services:social_work': 1,
        service_hours: 2,
        'service_hours:social_work': 2,
      }),
    );
    for (const code of ['BGS-SHELTER', 'VAR-SHELTER']) expect(march[code]['2026-03-01']).toEqual(figures(true));
    for (const code of ['BGS-CENTRE', 'VAR-CENTRE']) expect(march[code]['2026-03-01']).toEqual(figures(false));

    const february = byFacility(await monitoring('from=2026-02-01&to=2026-02-28&periodKind=month'));
    expect(february['SOF-SHELTER']['2026-02-01']).toEqual(
      figures(true, {
        capacity: 4,
        available_bed_nights: 4 * 28,
        bed_nights: 9 + 28,
        occupancy_percent: 33.04,
        admissions: 1,
        residents_at_end: 2,
        referrals_received: 1,
        'referrals_received:ngo': 1,
        cases_opened: 1,
        services: 1,
        'services:psychological': 1,
        service_hours: 1,
        'service_hours:psychological': 1,
      }),
    );
  });

  it('cuts days at midnight in Sofia, across the change to summer time, and takes terms as they stood', async () => {
    const days = byFacility(await monitoring('from=2026-02-01&to=2026-03-31&periodKind=day'));
    const sofia = (day: string, metric: string, dimension?: string) =>
      figure(days['SOF-SHELTER'][day], metric, dimension);
    // P4's term ended on 14 February; the extension to 15 March was recorded on 20 February.
    expect(
      ['2026-02-14', '2026-02-15', '2026-02-19', '2026-02-20', '2026-03-15', '2026-03-16'].map((d) =>
        sofia(d, 'stays_past_term'),
      ),
    ).toEqual([0, 1, 1, 0, 0, 1]);
    // P2 came at 23:30 on 10 March and left at 00:30 on 20 March (22:30 UTC on the 19th).
    expect(['2026-03-09', '2026-03-10', '2026-03-19', '2026-03-20'].map((d) => sofia(d, 'residents_at_end'))).toEqual([
      1, 2, 2, 1,
    ]);
    expect(sofia('2026-03-20', 'discharges')).toBe(1);
    // P3 came at 00:15 on 30 March, summer time (21:15 UTC on the 29th); C3 opened at 23:50 on the 29th.
    expect(['2026-03-29', '2026-03-30'].map((d) => sofia(d, 'residents_at_end'))).toEqual([1, 2]);
    expect(['2026-03-29', '2026-03-30'].map((d) => sofia(d, 'admissions'))).toEqual([0, 1]);
    expect(sofia('2026-03-29', 'cases_opened')).toBe(1);
    // The child's three notifications: created on 10 March, one done on the 11th.
    expect(['2026-03-09', '2026-03-10', '2026-03-11'].map((d) => sofia(d, 'open_child_notifications'))).toEqual([
      0, 3, 2,
    ]);
    // 23:30 on 31 March is in March; 00:30 on 1 April (21:30 UTC on 31 March) is not.
    expect(['2026-03-30', '2026-03-31'].map((d) => sofia(d, 'services'))).toEqual([0, 1]);
    expect(figure(days['BGS-REINT']['2026-03-31'], 'cases_closed')).toBe(1);
    expect(figure(days['BGS-REINT']['2026-03-01'], 'bed_nights')).toBe(0);
  });

  it('gives every reporting table of March 2026, each person counted once', async () => {
    const res = await t.http
      .get('/api/v1/statistics/reporting?from=2026-03-01&to=2026-03-31')
      .auth(monitor, { type: 'bearer' })
      .expect(200);
    const tables = Object.fromEntries(
      (
        res.body.tables as Array<{
          id: string;
          rowCodes: string[];
          rowLabels: string[];
          counts: number[][];
          distinctTotals?: unknown;
        }>
      ).map((table) => [table.id, table]),
    );
    const zeros = (n: number) => Array.from({ length: n }, () => [0, 0, 0]);
    const rows = (n: number, given: Record<number, number[]>) => zeros(n).map((row, i) => given[i] ?? row);
    // Newly identified in March: V1 (C6, iom, adult, BG, 36), V2 (C2, ngo, child, RO, 16), V3 (C3, border police,
    // SY, 41), V5 (C5, self-referral, no birth year or citizenship). Columns: female, male, other/unknown.
    const identified = {
      'identified-by-age-group-and-sex': [
        [1, 0, 0],
        [1, 1, 1],
      ],
      'identified-by-ctdc-age-band-and-sex': rows(10, { 1: [1, 0, 0], 6: [1, 0, 0], 7: [0, 1, 0], 9: [0, 0, 1] }),
      'identified-by-citizenship-group-and-sex': [
        [1, 0, 0],
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      'identified-by-country-and-sex': [
        [1, 0, 0],
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      'identified-by-form-of-exploitation-and-sex': rows(11, { 1: [2, 1, 0], 2: [1, 0, 0], 8: [0, 0, 1] }),
      'identified-by-eurostat-exploitation-and-sex': [
        [0, 0, 0],
        [2, 1, 1],
        [1, 0, 0],
      ],
      'identified-by-tip-exploitation-and-sex': [
        [0, 0, 0],
        [2, 1, 1],
        [0, 0, 0],
      ],
      'identified-by-identifying-organisation-and-sex': rows(13, {
        1: [0, 1, 0],
        7: [1, 0, 0],
        8: [1, 0, 0],
        10: [0, 0, 1],
      }),
      'identified-by-scope-and-sex': [
        [1, 0, 1],
        [1, 1, 0],
      ],
    };
    // Under care in March: V1 (C1 closed 6 March, and C6), V2, V3, V4 (C4 since January), V5; not V6 or V7.
    const underCare = {
      'under-care-by-age-group-and-sex': [
        [1, 0, 0],
        [2, 1, 1],
      ],
      'under-care-by-ctdc-age-band-and-sex': rows(10, {
        1: [1, 0, 0],
        4: [1, 0, 0],
        6: [1, 0, 0],
        7: [0, 1, 0],
        9: [0, 0, 1],
      }),
      'under-care-by-citizenship-group-and-sex': [
        [2, 0, 0],
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      'under-care-by-country-and-sex': [
        [2, 0, 0],
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      'under-care-by-form-of-exploitation-and-sex': rows(11, {
        0: [2, 0, 0],
        1: [2, 1, 0],
        2: [1, 0, 0],
        8: [0, 0, 1],
        10: [1, 0, 0],
      }),
      'under-care-by-eurostat-exploitation-and-sex': [
        [2, 0, 0],
        [2, 1, 1],
        [2, 0, 0],
      ],
      'under-care-by-tip-exploitation-and-sex': [
        [2, 0, 0],
        [2, 1, 1],
        [1, 0, 0],
      ],
      'under-care-by-identifying-organisation-and-sex': rows(13, {
        0: [2, 0, 0],
        1: [0, 1, 0],
        7: [1, 0, 0],
        10: [0, 0, 1],
      }),
      'under-care-by-scope-and-sex': [
        [1, 0, 1],
        [2, 1, 0],
      ],
      // V2: psychological support and legal aid; V1: social work (her legal aid came on 1 April).
      'under-care-by-assistance-received-and-sex': rows(13, { 1: [1, 0, 0], 2: [1, 0, 0], 3: [1, 0, 0] }),
    };
    expect(Object.keys(tables)).toEqual([...Object.keys(identified), ...Object.keys(underCare)]);
    for (const [id, counts] of Object.entries({ ...identified, ...underCare })) {
      expect({ id, counts: tables[id].counts }).toEqual({ id, counts });
    }
    expect(tables['identified-by-country-and-sex'].rowLabels).toEqual(['BG', 'RO', 'SY', 'Unknown']);
    expect(tables['identified-by-country-and-sex'].rowCodes).toEqual(['BG', 'RO', 'SY', 'unknown']);
    const distinct = (id: string) => tables[id].distinctTotals;
    for (const id of ['form-of-exploitation', 'eurostat-exploitation', 'tip-exploitation']) {
      expect(distinct(`identified-by-${id}-and-sex`)).toEqual({ columns: [2, 1, 1], grand: 4 });
      expect(distinct(`under-care-by-${id}-and-sex`)).toEqual({ columns: [3, 1, 1], grand: 5 });
    }
    expect(distinct('under-care-by-assistance-received-and-sex')).toEqual({ columns: [2, 0, 0], grand: 2 });
    expect(distinct('identified-by-age-group-and-sex')).toBeUndefined();
  });

  it('anonymises, once, the identity of persons whose every case is past its retention date', async () => {
    const queue = worker.context.get<Queue>(getQueueToken(QUEUES.retention));
    expect(await queue.getJobSchedulers()).toEqual([
      expect.objectContaining({
        key: JOBS.anonymiseExpiredIdentities,
        pattern: NIGHTLY_RETENTION.pattern,
        tz: NIGHTLY_RETENTION.tz,
      }),
    ]);
    const events = new QueueEvents(QUEUES.retention, { connection: await queue.client, prefix: queue.opts.prefix });
    await events.waitUntilReady();
    const victims = () =>
      t.db
        .query(`SELECT code, sex, birth_year, citizenship, identity_enc, pn_index, name_index, name_dob_index FROM victims
                   WHERE code LIKE 'V-2026-9%' ORDER BY code`);
    const entries = () =>
      t.db.query(
        `SELECT action, entity, entity_id, actor_id, actor_role FROM audit_log WHERE action = 'victim.anonymise'`,
      );
    const before = await victims();
    try {
      for (const expected of [{ anonymised: 1 }, { anonymised: 0 }]) {
        const job = await queue.add(JOBS.anonymiseExpiredIdentities, {});
        expect(await job.waitUntilFinished(events, 10_000)).toEqual(expected);
      }
    } finally {
      await events.close();
    }
    const keyring = Keyring.parse(process.env['IDENTITY_KEYS'] as string, process.env['IDENTITY_ACTIVE_KEY'] as string);
    const blindIndexKey = Buffer.from(process.env['BLIND_INDEX_KEY'] as string, 'base64');
    // While the blind-index key is rotated, a person anonymised under the previous key is not taken again.
    const rotating = new RetentionService(t.db, keyring, new BlindIndex(Buffer.alloc(32, 9), blindIndexKey));
    expect(await rotating.anonymiseExpired()).toBe(0);
    const after = await victims();
    // V6: one case, closed, retention until 31 December 2025. V7 still has an open case.
    const index = after.findIndex((v: { code: string }) => v.code === 'V-2026-900006');
    const blindIndex = new BlindIndex(blindIndexKey);
    expect(keyring.decryptJson(after[index].identity_enc)).toEqual({ firstName: '', lastName: '' });
    expect(after[index]).toEqual({
      ...before[index],
      identity_enc: expect.stringMatching(/^t1:/),
      pn_index: null,
      name_index: blindIndex.name('', ''),
      name_dob_index: null,
    });
    expect(after.filter((_: unknown, i: number) => i !== index)).toEqual(
      before.filter((_: unknown, i: number) => i !== index),
    );
    expect(await entries()).toEqual([
      {
        action: 'victim.anonymise',
        entity: 'victim',
        entity_id: 'a0000000-0000-4000-8000-000000000006',
        actor_id: null,
        actor_role: 'system',
      },
    ]);
  }, 30_000);
});
