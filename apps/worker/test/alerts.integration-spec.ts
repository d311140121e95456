import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { JOBS, QUEUES } from '@ibd/api/core';
import { ALERTS_EVERY } from '@ibd/api/alerts';
// End to end: records made through the real API, alerts computed by the real worker, read back over HTTP.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  admit,
  call,
  createCase,
  createVictim,
  minutesAgo,
  newPersonReferral,
  sendReferral,
  unitIds,
} from '../../api/test/referral-fixtures';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createTestApp, TestApp } from '../../api/test/test-app';
import { WorkerModule } from '../src/worker.module';

const DAY_MINUTES = 24 * 60;

describe('worker: alerts job (real Redis and PostgreSQL)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;
  let unit: Record<string, string>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    unit = await unitIds(t);
    const saved = { ...process.env };
    Object.assign(process.env, {
      DATABASE_URL: (t.db.options as PostgresConnectionOptions).url as string,
      QUEUE_PREFIX: `ibd-test-${randomUUID()}`,
    });
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
    process.env = saved;
    queue = worker.get<Queue>(getQueueToken(QUEUES.alerts));
    events = new QueueEvents(QUEUES.alerts, { connection: await queue.client, prefix: queue.opts.prefix });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await events.close();
    await worker.close();
    await t.close();
  });

  const run = async () => (await queue.add(JOBS.computeAlerts, {})).waitUntilFinished(events, 30_000);
  const alertsOf = async (user: string) => call(t, user, 'get', '/alerts?pageSize=100');
  const stayFor = async (minutesSinceAdmission: number) =>
    admit(t, 'staff.sofia', {
      caseId: (await createCase(t, 'staff.sofia')).id,
      facilityId: unit['SOF-SHELTER'],
      admittedAt: minutesAgo(minutesSinceAdmission),
    });

  it('registers one repeating schedule', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual([expect.objectContaining({ key: JOBS.computeAlerts, every: ALERTS_EVERY.every })]);
  });

  it('computes terms ending soon, stays past their term, overdue child notifications and unanswered referrals', async () => {
    ids['ending'] = (await stayFor(27 * DAY_MINUTES)).id;
    ids['overdue'] = (await stayFor(33 * DAY_MINUTES)).id;
    ids['fresh'] = (await stayFor(60)).id;
    const gone = await stayFor(40 * DAY_MINUTES);
    await call(t, 'staff.sofia', 'post', `/placements/${gone.id}/discharge`, {
      dischargedAt: minutesAgo(60),
      reason: 'term_ended',
      destination: 'home',
    });

    const child = await createVictim(t, 'staff.sofia', {
      identity: { firstName: 'Ана', lastName: 'Детева', personalNumber: '1050155551' },
    });
    const childCase = await createCase(t, 'staff.sofia', { victimId: child.id, identifiedAt: '2026-11-01' });
    const tasks = (await call(t, 'staff.sofia', 'get', `/cases/${childCase.id}/tasks`)).body as Array<{ id: string }>;
    expect(tasks).toHaveLength(3);
    await call(t, 'staff.sofia', 'post', `/cases/${childCase.id}/tasks/${tasks[0].id}/done`);

    ids['waiting'] = (await sendReferral(t, 'social.worker', newPersonReferral(unit['SOF-SHELTER']))).id;
    await t.db.query(`UPDATE referrals SET sent_at = now() - interval '50 hours' WHERE id = $1`, [ids['waiting']]);
    await sendReferral(t, 'social.worker', newPersonReferral(unit['SOF-SHELTER']));

    expect(await run()).toEqual({
      term_ending: 1,
      term_overdue: 1,
      child_notification_overdue: 2,
      referral_unanswered: 1,
    });

    const rows: Array<{ kind: string; subject_id: string; unit_id: string; sender_unit_id: string | null }> =
      await t.db.query('SELECT kind, subject_id, unit_id, sender_unit_id FROM alerts ORDER BY kind');
    expect(rows).toEqual(
      expect.arrayContaining([
        { kind: 'term_ending', subject_id: ids['ending'], unit_id: unit['SOF-SHELTER'], sender_unit_id: null },
        { kind: 'term_overdue', subject_id: ids['overdue'], unit_id: unit['SOF-SHELTER'], sender_unit_id: null },
        {
          kind: 'referral_unanswered',
          subject_id: ids['waiting'],
          unit_id: unit['SOF-SHELTER'],
          sender_unit_id: unit['DSP-SOF'],
        },
      ]),
    );
  });

  it('shows each unit its own alerts: the shelter all five, the social worker its referral, the monitor all, others nothing', async () => {
    expect((await alertsOf('staff.sofia')).body.total).toBe(5);
    const social = (await alertsOf('social.worker')).body;
    expect(social.items).toEqual([
      expect.objectContaining({
        kind: 'referral_unanswered',
        subjectId: ids['waiting'],
        code: expect.stringMatching(/^REF-/),
      }),
    ]);
    expect((await alertsOf('staff.burgas')).body.total).toBe(0);
    expect((await alertsOf('monitor')).body.total).toBe(5);
    expect((await alertsOf('auditor')).status).toBe(403);
    expect((await alertsOf('admin')).status).toBe(403);
    const ending = (await call(t, 'staff.sofia', 'get', '/alerts?kind=term_ending')).body.items;
    expect(ending).toEqual([expect.objectContaining({ subjectId: ids['ending'], daysLeft: expect.any(Number) })]);
    expect(ending[0].daysLeft).toBeGreaterThanOrEqual(2);
    expect(ending[0].daysLeft).toBeLessThanOrEqual(4);
  });

  it('is idempotent and follows the records: a rerun replaces the set; answered or extended items drop out', async () => {
    expect(await run()).toEqual({
      term_ending: 1,
      term_overdue: 1,
      child_notification_overdue: 2,
      referral_unanswered: 1,
    });
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM alerts');
    expect(n).toBe(5);

    await call(t, 'staff.sofia', 'post', `/referrals/${ids['waiting']}/decline`, { reason: 'Full' });
    const overdue = (await call(t, 'staff.sofia', 'get', `/placements/${ids['overdue']}`)).body;
    const until = new Date(Date.parse(`${overdue.stayLimitDate}T00:00:00Z`) + 60 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await call(t, 'staff.sofia', 'post', `/placements/${ids['overdue']}/extend`, {
      until,
      reason: 'Trial',
      basis: 'ЗБТХ чл. 9 ал. 3',
    });
    expect(await run()).toEqual({
      term_ending: 1,
      term_overdue: 0,
      child_notification_overdue: 2,
      referral_unanswered: 0,
    });
  });

  it('reads its thresholds from alert_settings', async () => {
    await t.db.query(`UPDATE alert_settings SET value = 31 WHERE key = 'term_ending_days'`);
    await t.db.query(`UPDATE alert_settings SET value = 1 WHERE key = 'referral_answer_hours'`);
    const waiting = await sendReferral(t, 'social.worker', newPersonReferral(unit['SOF-SHELTER']));
    await t.db.query(`UPDATE referrals SET sent_at = now() - interval '2 hours' WHERE id = $1`, [waiting.id]);
    const counts = await run();
    expect(counts).toMatchObject({ term_ending: 2, referral_unanswered: 1 });
    const subjects = (await t.db.query(`SELECT subject_id FROM alerts WHERE kind = 'term_ending'`)).map(
      (r: { subject_id: string }) => r.subject_id,
    );
    expect(subjects.sort()).toEqual([ids['ending'], ids['fresh']].sort());
  });
});
