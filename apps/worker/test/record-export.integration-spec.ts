import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
// End to end: people recorded through the real API (Redis unreachable), the file built by the real worker.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createCase, createVictim } from '../../api/test/case-fixtures';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createTestApp, TestApp } from '../../api/test/test-app';
import { eventually, REDIS_DOWN, startWorker, stopWorker, Worker } from './worker-harness';

const LAST_YEAR =
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(new Date()).slice(0, 4)) - 1;
const PERIOD = { from: `${LAST_YEAR}-01-01`, to: `${LAST_YEAR}-12-31` };
const EXPORTS = '/api/v1/statistics/record-exports';
/** The worker may suppress up to 10% of the persons here (floor(26 × 10%) = 2 rows). */
const SUPPRESSION_PERCENT = '10';

/** A valid ЕГН for a birth date (YYMMDD, month + 40 after 1999, a serial, the mod-11 checksum). */
function egn(dateOfBirth: string, serial: number): string {
  const [year, month, day] = dateOfBirth.split('-').map(Number);
  const mm = year >= 2000 ? month + 40 : month;
  const digits = `${String(year % 100).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(day).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
  const sum = [2, 4, 8, 5, 10, 9, 7, 3, 6].reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  return `${digits}${sum % 11 === 10 ? 0 : sum % 11}`;
}

interface Seeded {
  /** Every text that would identify someone: names, personal numbers, birth dates, notes, victim and case codes. */
  secrets: string[];
  /** Persons newly identified in the period, and their cases in it. */
  persons: number;
  cases: number;
}

/**
 * Two groups of 12 persons alike (Bulgarian women aged 21–23 sexually exploited, identified by staff
 * in Sofia, one of them with three cases in the year; Romanian men aged 30–38 in forced labour, in
 * Burgas), two persons unlike anyone, and one person like the first group but identified the year
 * before (outside the period). Every one has a distinctive name and ЕГН, every case a service
 * record with a distinctive note.
 */
async function seedPeople(t: TestApp): Promise<Seeded> {
  const secrets: string[] = [];
  let persons = 0;
  let cases = 0;
  const person = async (
    user: string,
    index: number,
    victim: Record<string, unknown>,
    identifiedAt: string[],
    exploitationForms: string[],
  ) => {
    const dateOfBirth = victim['birthYear']
      ? `${victim['birthYear']}-05-${String(10 + (index % 18)).padStart(2, '0')}`
      : undefined;
    const firstName = `Ксантипа${index}`;
    const lastName = `Quirrelbaum-Зъбчаркова${index}`;
    const personalNumber = dateOfBirth ? egn(dateOfBirth, 100 + index * 2) : undefined;
    const { id, code } = await createVictim(t, user, {
      ...victim,
      identity: { firstName, lastName, ...(dateOfBirth ? { dateOfBirth, personalNumber } : {}) },
    });
    secrets.push(firstName, lastName, code, ...(dateOfBirth ? [dateOfBirth, personalNumber as string] : []));
    for (const [n, day] of identifiedAt.entries()) {
      const opened = await createCase(t, user, { victimId: id, identifiedAt: day, exploitationForms });
      const note = `Бележка-тайна-${index}-${n} Lorem Zyxwvut`;
      await t.http
        .post(`/api/v1/cases/${opened.id}/services`)
        .auth(await t.token(user), { type: 'bearer' })
        .send({ type: 'psychological', providedAt: `${day}T10:00:00+02:00`, durationMinutes: 45, notes: note })
        .expect(201);
      secrets.push(opened.code, note);
      if (day >= PERIOD.from) cases += 1;
    }
    if (identifiedAt.some((day) => day >= PERIOD.from)) persons += 1;
  };
  for (let i = 0; i < 12; i++) {
    const days = i === 0 ? ['03-02', '06-15', '11-20'] : [`03-${String(i + 3).padStart(2, '0')}`];
    await person(
      'staff.sofia',
      i,
      { sex: 'female', citizenship: 'BG', birthYear: LAST_YEAR - 22 },
      days.map((day) => `${LAST_YEAR}-${day}`),
      ['sexual_exploitation'],
    );
  }
  for (let i = 12; i < 24; i++) {
    await person(
      'staff.burgas',
      i,
      { sex: 'male', citizenship: 'RO', birthYear: LAST_YEAR - 34 },
      [`${LAST_YEAR}-07-${String(i - 8).padStart(2, '0')}`],
      ['forced_labour'],
    );
  }
  await person(
    'staff.varna',
    24,
    { sex: 'other', citizenship: 'UA', birthYear: LAST_YEAR - 12 },
    [`${LAST_YEAR}-09-01`],
    ['forced_begging', 'criminal_activities'],
  );
  await person('staff.varna', 25, { sex: 'unknown', citizenship: 'NG' }, [`${LAST_YEAR}-10-01`], ['organ_removal']);
  await person(
    'staff.sofia',
    26,
    { sex: 'female', citizenship: 'BG', birthYear: LAST_YEAR - 23 },
    [`${LAST_YEAR - 1}-12-30`],
    ['sexual_exploitation'],
  );
  return { secrets, persons, cases };
}

/** The CSV's data lines (not its `#` metadata), split into fields (no field of this file holds a comma or quote). */
function dataRows(csv: string): { header: string[]; rows: string[][] } {
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '' && !line.startsWith('#'));
  return { header: lines[0].split(','), rows: lines.slice(1).map((line) => line.split(',')) };
}

describe('record-level export, built by the worker (real Redis and PostgreSQL)', () => {
  let t: TestApp;
  let worker: Worker | undefined;
  let auditor: string;
  let seeded: Seeded;
  let id: string;
  let csv: string;

  beforeAll(async () => {
    t = await createTestApp({ REDIS_URL: REDIS_DOWN });
    auditor = await t.token('auditor');
    seeded = await seedPeople(t);
  }, 180_000);

  afterAll(async () => {
    if (worker) await stopWorker(worker);
    await t.close();
  });

  it('accepts the request while Redis is unreachable, keeps it queued, and builds it once a worker with Redis runs', async () => {
    const res = await t.http.post(EXPORTS).auth(auditor, { type: 'bearer' }).send(PERIOD).expect(202);
    id = res.body.id;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const [queued] = await t.db.query(
      `SELECT r.status, r.enqueued_at, e.content FROM statistics_runs r JOIN record_exports e ON e.run_id = r.id WHERE r.id = $1`,
      [id],
    );
    expect(queued).toEqual({ status: 'queued', enqueued_at: null, content: null });

    worker = await startWorker((t.db.options as PostgresConnectionOptions).url as string, {
      RECORD_EXPORT_SUPPRESSION_PERCENT: SUPPRESSION_PERCENT,
    });
    const done = await eventually(
      async () => (await t.http.get(`${EXPORTS}/${id}`).auth(auditor, { type: 'bearer' }).expect(200)).body,
      (view) => view.status === 'done' || view.status === 'failed',
    );
    expect(done).toMatchObject({ id, status: 'done', progress: 100, format: 'csv', ...PERIOD, attempts: 1 });
    const job = await worker.queue.getJob(id);
    // Nothing personal travels through Redis: the run and the id of the request that asked for it.
    expect(job?.data).toEqual({ runId: id, requestId: res.headers['x-request-id'] });
    expect(worker.progress.get(id)).toEqual(expect.arrayContaining([10, 50, 90]));

    const file = await t.http.get(`${EXPORTS}/${id}/file`).auth(auditor, { type: 'bearer' }).expect(200);
    expect(file.headers['content-type']).toMatch(/^text\/csv/);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="ibd-records-${PERIOD.from}-${PERIOD.to}.csv"`,
    );
    csv = file.text;
  }, 60_000);

  it('holds no combination of quasi-identifiers shared by fewer than k rows (checked by grouping every row)', () => {
    const k = Number(/^# k: (\d+)/m.exec(csv)?.[1]);
    expect(k).toBeGreaterThanOrEqual(2);
    const { rows } = dataRows(csv);
    expect(rows.length).toBeGreaterThan(0);
    const groups = new Map<string, number>();
    rows.forEach((row) => groups.set(row.join('\u0000'), (groups.get(row.join('\u0000')) ?? 0) + 1));
    const small = [...groups.entries()].filter(([, count]) => count < k);
    expect(small).toEqual([]);
  });

  it('has a row per person of the period, however many cases they had, and says how many were suppressed', () => {
    const { rows } = dataRows(csv);
    const suppressed = Number(/^# Rows suppressed: (\d+)$/m.exec(csv)?.[1]);
    expect(seeded.cases).toBeGreaterThan(seeded.persons);
    expect(rows.length + suppressed).toBe(seeded.persons);
    expect(csv).toMatch(new RegExp(`^# Persons in the period: ${seeded.persons}$`, 'm'));
    // The group of Bulgarian women holds 12 persons, one of them with three cases: 12 rows alike.
    const women = rows.filter((row) => row.includes('Woman') && row.includes('BGR'));
    expect(women).toHaveLength(12);
  });

  it('holds no name, personal number, birth date, case or victim code, note or unit', () => {
    const units = ['SOF-SHELTER', 'BGS-SHELTER', 'VAR-SHELTER', 'Sofia', 'Burgas', 'Varna', 'София', 'Бургас', 'Варна'];
    const found = [...seeded.secrets, ...units].filter((text) => csv.toLowerCase().includes(text.toLowerCase()));
    expect(found).toEqual([]);
    const { header, rows } = dataRows(csv);
    expect(header).toEqual([
      'yearOfRegistration',
      'gender',
      'ageBroad',
      'majorityStatus',
      'citizenship',
      'citizenshipRegion',
      'typeOfExploitConcatenated',
      'isSexualExploit',
      'isForcedLabour',
      'isForcedMarriage',
      'isOrganRemoval',
      'isSlaveryAndPractices',
      'isOtherExploit',
    ]);
    // No date finer than a year, and no value that looks like an id or a code.
    rows.flat().forEach((cell) => {
      expect(cell).not.toMatch(/\d{4}-\d{2}-\d{2}|[0-9a-f]{8}-[0-9a-f]{4}|[A-Z]{3}-\d{4}-\d+|\d{10}/i);
    });
  });

  it('states k, the quasi-identifiers and the generalisation applied to each', () => {
    expect(csv).toMatch(/^# Period: \d{4}-01-01 to \d{4}-12-31$/m);
    expect(csv).toMatch(/^# Method: k-anonymity by full-domain generalisation/m);
    for (const qi of [
      'year of identification',
      'sex',
      'age at identification',
      'citizenship',
      'forms of exploitation',
    ]) {
      expect(csv).toMatch(new RegExp(`^# Quasi-identifier ${qi} \\(.+\\): level \\d, .+$`, 'm'));
    }
  });

  it('writes every download to the audit log, as it does the request', async () => {
    await t.http
      .get(`${EXPORTS}/${id}/file`)
      .auth(await t.token('monitor'), { type: 'bearer' })
      .expect(200);
    const entries = await t.db.query(
      `SELECT action, actor_role FROM audit_log WHERE entity = 'statistics_record_export' AND entity_id = $1 ORDER BY seq`,
      [id],
    );
    expect(entries).toEqual([
      { action: 'statistics.record-export.request', actor_role: 'auditor' },
      { action: 'statistics.record-export.download.csv', actor_role: 'auditor' },
      { action: 'statistics.record-export.download.csv', actor_role: 'monitor' },
    ]);
  });
});
