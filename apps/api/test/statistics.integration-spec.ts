import { EXPLOITATION_FORMS, REPORTING_TABLE_IDS, SOURCES } from '@ibd/shared/contracts';
import { createTestApp, TestApp } from './test-app';
// The disclosure checker of the statistics library: what someone holding an export can work out.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { alternativeTable, intervalBounds } from '../../../libs/api/statistics/src/lib/disclosure/disclosure.checker';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { Entry, Grid, withTotals } from '../../../libs/api/statistics/src/lib/disclosure/grid';

const RUNS = '/api/v1/statistics/runs';
const PERIOD = { from: '2026-01-01', to: '2026-01-31' };
const OTHER_ROLES = ['staff.sofia', 'social.worker', 'auditor', 'admin'];
const todayInSofia = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(new Date());
const shiftDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

describe('statistics API', () => {
  let t: TestApp;
  let monitor: string;
  beforeAll(async () => {
    t = await createTestApp();
    monitor = await t.token('monitor');
  });
  afterAll(() => t.close());

  describe('runs', () => {
    it('records a requested run in PostgreSQL and answers 202 with its id', async () => {
      const res = await t.http.post(RUNS).auth(monitor, { type: 'bearer' }).send(PERIOD).expect(202);
      expect(res.body).toEqual({ id: expect.any(String), status: 'queued' });
      const [row] = await t.db.query(
        `SELECT r.status, r.progress, r.period_from::text AS "from", r.period_to::text AS "to", r.attempts, r.enqueued_at, u.username
           FROM statistics_runs r JOIN users u ON u.id = r.requested_by WHERE r.id = $1`,
        [res.body.id],
      );
      expect(row).toEqual({
        status: 'queued',
        progress: 0,
        ...PERIOD,
        attempts: 0,
        enqueued_at: null,
        username: 'monitor',
      });

      const run = await t.http.get(`${RUNS}/${res.body.id}`).auth(monitor, { type: 'bearer' }).expect(200);
      expect(run.body).toEqual({
        id: res.body.id,
        status: 'queued',
        progress: 0,
        ...PERIOD,
        attempts: 0,
        createdAt: expect.any(String),
      });
    });

    it('lists runs newest first, paged', async () => {
      const second = await t.http
        .post(RUNS)
        .auth(monitor, { type: 'bearer' })
        .send({ from: '2025-01-01', to: '2025-12-31' })
        .expect(202);
      const page = await t.http.get(`${RUNS}?page=1&pageSize=1`).auth(monitor, { type: 'bearer' }).expect(200);
      expect(page.body).toMatchObject({
        total: 2,
        page: 1,
        pageSize: 1,
        items: [{ id: second.body.id, from: '2025-01-01', to: '2025-12-31' }],
      });
      const big = await t.http.get(`${RUNS}?pageSize=101`).auth(monitor, { type: 'bearer' }).expect(400);
      expect(big.body.message).toEqual(['pageSize must not be greater than 100']);
    });

    it('answers 404 for an unknown run and 400 naming the id for a malformed one', async () => {
      await t.http.get(`${RUNS}/6f1c1b5e-0000-4000-8000-000000000000`).auth(monitor, { type: 'bearer' }).expect(404);
      const res = await t.http.get(`${RUNS}/not-a-uuid`).auth(monitor, { type: 'bearer' }).expect(400);
      expect(res.body.message).toEqual(['id must be a UUID']);
    });

    it.each([
      [{}, ['from must be a date written YYYY-MM-DD', 'to must be a date written YYYY-MM-DD']],
      [{ from: '2026-02-30', to: '2026-03-01' }, ['from must be a date written YYYY-MM-DD']],
      [{ from: '2026-01-01', to: '31.01.2026' }, ['to must be a date written YYYY-MM-DD']],
      [{ from: 20260101, to: '2026-01-31' }, ['from must be a date written YYYY-MM-DD']],
      [{ from: '2026-02-01', to: '2026-01-31' }, ['from must be on or before to']],
      [{ from: '2016-01-01', to: '2026-01-01' }, ['to must be less than 10 years after from']],
      [{ ...PERIOD, facilityId: 'x' }, ['property facilityId should not exist']],
    ])('rejects %j with a 400: %j', async (body, rules) => {
      const res = await t.http.post(RUNS).auth(monitor, { type: 'bearer' }).send(body).expect(400);
      expect(res.body.message).toEqual(rules);
    });

    it('refuses a period that ends after today, and accepts one ending today and spanning ten years', async () => {
      const today = todayInSofia();
      const late = await t.http
        .post(RUNS)
        .auth(monitor, { type: 'bearer' })
        .send({ from: today, to: shiftDays(today, 1) })
        .expect(400);
      expect(late.body.message).toEqual(['to must not be later than today']);
      const tenYearsBack = `${Number(today.slice(0, 4)) - 10}${today.slice(4)}`;
      await t.http
        .post(RUNS)
        .auth(monitor, { type: 'bearer' })
        .send({ from: shiftDays(tenYearsBack, 1), to: today })
        .expect(202);
    });

    it.each(OTHER_ROLES)('refuses %s with 403, and everyone without a token with 401', async (username) => {
      const token = await t.token(username);
      await t.http.post(RUNS).auth(token, { type: 'bearer' }).send(PERIOD).expect(403);
      await t.http.get(RUNS).auth(token, { type: 'bearer' }).expect(403);
      await t.http.get(`${RUNS}/6f1c1b5e-0000-4000-8000-000000000000`).auth(token, { type: 'bearer' }).expect(403);
      await t.http.post(RUNS).send(PERIOD).expect(401);
      await t.http.get(RUNS).expect(401);
    });
  });

  describe('monitoring', () => {
    const MONITORING = '/api/v1/statistics/monitoring';

    it('returns the snapshot values grouped by facility (none before a build)', async () => {
      const res = await t.http
        .get(`${MONITORING}?from=2026-01-01&to=2026-01-31`)
        .auth(monitor, { type: 'bearer' })
        .expect(200);
      expect(res.body).toEqual({ ...PERIOD, periodKind: 'month', facilities: [] });
    });

    it.each([
      ['from=2026-01-01', ['to must be a date written YYYY-MM-DD']],
      ['from=2026-01-01&to=2026-01-31&periodKind=week', ['periodKind must be one of day, month, year']],
      ['from=2026-01-01&to=2026-01-31&facilityId=42', ['facilityId must be a UUID']],
    ])('rejects ?%s with a 400: %j', async (query, rules) => {
      const res = await t.http.get(`${MONITORING}?${query}`).auth(monitor, { type: 'bearer' }).expect(400);
      expect(res.body.message).toEqual(rules);
    });

    it('is for monitors only', async () => {
      for (const username of OTHER_ROLES) {
        await t.http
          .get(`${MONITORING}?from=2026-01-01&to=2026-01-31`)
          .auth(await t.token(username), { type: 'bearer' })
          .expect(403);
      }
      await t.http.get(`${MONITORING}?from=2026-01-01&to=2026-01-31`).expect(401);
    });
  });

  describe('export', () => {
    const EXPORT = `/api/v1/statistics/export?from=2026-01-01&to=2026-06-30`;

    it.each([
      ['csv', /^text\/csv/],
      ['xlsx', /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/],
      ['json', /^application\/json/],
    ])('gives auditors and monitors a %s file as an attachment', async (format, contentType) => {
      for (const username of ['auditor', 'monitor']) {
        const res = await t.http
          .get(`${EXPORT}&format=${format}`)
          .auth(await t.token(username), { type: 'bearer' })
          .buffer(true)
          .parse((response, callback) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => callback(null, Buffer.concat(chunks)));
          })
          .expect(200);
        expect(res.headers['content-type']).toMatch(contentType);
        expect(res.headers['content-disposition']).toBe(
          `attachment; filename="ibd-statistics-2026-01-01-2026-06-30.${format}"`,
        );
        expect((res.body as Buffer).length).toBeGreaterThan(0);
      }
    });

    it('states period, threshold, method, time and checksum', async () => {
      const res = await t.http
        .get(`${EXPORT}&format=json`)
        .auth(await t.token('auditor'), { type: 'bearer' })
        .expect(200);
      const body = JSON.parse(res.text);
      expect(body.metadata).toMatchObject({
        period: { from: '2026-01-01', to: '2026-06-30' },
        threshold: 11,
        rounding: 1,
        method: expect.stringContaining('from 1 to 10'),
        checksum: { algorithm: 'SHA-256', value: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      expect(Date.parse(body.metadata.generatedAt)).not.toBeNaN();
      // The export is in English for Eurostat and GRETA: labels, none of the codes a client translates.
      expect(body.tables[0]).toMatchObject({ columnLabels: ['Female', 'Male', 'Other or unknown'] });
      for (const table of body.tables) {
        for (const field of ['rowKind', 'rowCodes', 'columnKind', 'columnCodes'])
          expect(table).not.toHaveProperty(field);
      }
    });

    it('writes every export to the audit log: who, format and period', async () => {
      const before = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'statistics_export'`);
      await t.http
        .get(`${EXPORT}&format=xlsx`)
        .auth(await t.token('monitor'), { type: 'bearer' })
        .expect(200);
      const entries = await t.db.query(
        `SELECT a.action, a.entity_id, a.actor_role, u.username FROM audit_log a JOIN users u ON u.id = a.actor_id
          WHERE a.entity = 'statistics_export' ORDER BY a.seq`,
      );
      expect(entries).toHaveLength(before[0].n + 1);
      expect(entries[entries.length - 1]).toEqual({
        action: 'statistics.export.xlsx',
        entity_id: '2026-01-01..2026-06-30',
        actor_role: 'monitor',
        username: 'monitor',
      });
    });

    it('rejects a bad format or period with a 400 naming the field', async () => {
      const auditor = await t.token('auditor');
      const format = await t.http.get(`${EXPORT}&format=pdf`).auth(auditor, { type: 'bearer' }).expect(400);
      expect(format.body.message).toEqual(['format must be one of csv, xlsx, json']);
      const period = await t.http
        .get('/api/v1/statistics/export?from=2026-07-01&to=2026-06-30&format=csv')
        .auth(auditor, { type: 'bearer' })
        .expect(400);
      expect(period.body.message).toEqual(['from must be on or before to']);
    });

    it('refuses the roles that work with records, and callers without a token', async () => {
      for (const username of ['staff.sofia', 'social.worker', 'admin']) {
        await t.http
          .get(`${EXPORT}&format=csv`)
          .auth(await t.token(username), { type: 'bearer' })
          .expect(403);
      }
      await t.http.get(`${EXPORT}&format=csv`).expect(401);
    });
  });

  describe('reporting tables', () => {
    const REPORTING = '/api/v1/statistics/reporting';

    it('gives monitors every table of the period, exact, one per question', async () => {
      const res = await t.http
        .get(`${REPORTING}?from=2024-01-01&to=2024-12-31`)
        .auth(monitor, { type: 'bearer' })
        .expect(200);
      expect(res.body).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
      expect(res.body.tables).toHaveLength(19);
      expect(res.body.tables.map((table: { id: string }) => table.id)).toEqual(REPORTING_TABLE_IDS);
      for (const table of res.body.tables) {
        expect(table).toMatchObject({
          id: expect.any(String),
          title: expect.any(String),
          rowKind: expect.any(String),
          columnKind: 'sex_group',
          columnCodes: ['female', 'male', 'other_unknown'],
          columnLabels: ['Female', 'Male', 'Other or unknown'],
        });
        expect(table.rowCodes).toHaveLength(table.rowLabels.length);
        expect(table.counts.flat().every((count: number) => count === 0)).toBe(true);
      }
      const byId = Object.fromEntries(res.body.tables.map((table: { id: string }) => [table.id, table]));
      // Codes for the client to translate by, next to the English labels of the export.
      expect(byId['identified-by-age-group-and-sex']).toMatchObject({
        rowKind: 'age_group',
        rowCodes: ['child', 'adult'],
        rowLabels: ['Child (under 18)', 'Adult'],
      });
      expect(byId['under-care-by-form-of-exploitation-and-sex']).toMatchObject({
        rowKind: 'exploitation_form',
        rowCodes: [...EXPLOITATION_FORMS],
      });
      expect(byId['identified-by-identifying-organisation-and-sex']).toMatchObject({
        rowKind: 'source',
        rowCodes: [...SOURCES],
      });
      expect(byId['identified-by-country-and-sex']).toMatchObject({ rowKind: 'country' });
      const assistance = byId['under-care-by-assistance-received-and-sex'];
      expect(assistance.rowKind).toBe('service_type');
      expect(assistance.rowCodes).toContain('psychological');
      expect(assistance.rowLabels[assistance.rowCodes.indexOf('psychological')]).toBe('Psychological support');
    });

    it('refuses everyone but monitors (auditors get the anonymised export only), and a bad period', async () => {
      for (const username of OTHER_ROLES) {
        await t.http
          .get(`${REPORTING}?from=2024-01-01&to=2024-12-31`)
          .auth(await t.token(username), { type: 'bearer' })
          .expect(403);
      }
      await t.http.get(`${REPORTING}?from=2024-01-01&to=2024-12-31`).expect(401);
      const res = await t.http
        .get(`${REPORTING}?from=2024-12-31&to=2024-01-01`)
        .auth(monitor, { type: 'bearer' })
        .expect(400);
      expect(res.body.message).toEqual(['from must be on or before to']);
    });
  });

  describe('disclosure control on generated exports', () => {
    interface Exact {
      id: string;
      counts: number[][];
      distinctTotals?: { columns: number[]; grand: number };
    }
    interface Published {
      id: string;
      rowLabels: string[];
      cells: (number | null)[][];
      rowTotals: (number | null)[];
      columnTotals: (number | null)[];
      grandTotal: number | null;
      note?: string;
    }
    const PERIOD_2025 = 'from=2025-01-01&to=2025-12-31';
    let exact: Exact[];
    let published: Published[];

    beforeAll(async () => {
      await t.db.query(GENERATED_DATA);
      exact = (
        await t.http.get(`/api/v1/statistics/reporting?${PERIOD_2025}`).auth(monitor, { type: 'bearer' }).expect(200)
      ).body.tables;
      const auditor = await t.token('auditor');
      published = JSON.parse(
        (
          await t.http
            .get(`/api/v1/statistics/export?${PERIOD_2025}&format=json`)
            .auth(auditor, { type: 'bearer' })
            .expect(200)
        ).text,
      ).tables;
    });

    const grid = (table: Published): Grid<number | null> => [
      ...table.cells.map((row, i) => [...row, table.rowTotals[i]]),
      [...table.columnTotals, table.grandTotal],
    ];
    const suppressed = (entries: Grid<number | null>) =>
      entries.flatMap((row, i) => row.flatMap((value, j): Entry[] => (value === null ? [[i, j]] : [])));

    it('publishes both counts and suppressed cells, and no count from 1 to 10', () => {
      const values = published.flatMap((table) => grid(table).flat());
      expect(values.filter((value) => value === null).length).toBeGreaterThan(10);
      expect(values.filter((value) => value !== null && value >= 11).length).toBeGreaterThan(10);
      expect(values.filter((value) => value !== null && value > 0 && value < 11)).toEqual([]);
    });

    it('leaves at least two possible values for every suppressed count of the tables that add up', () => {
      const additive = published.filter(
        (table) =>
          !table.note && table.id !== 'identified-by-country-and-sex' && table.id !== 'under-care-by-country-and-sex',
      );
      expect(additive).toHaveLength(10);
      for (const table of additive) {
        const truth = withTotals(exact.find((e) => e.id === table.id)?.counts as number[][]);
        const shown = grid(table);
        expect(shown.flat().filter((v) => v !== null)).toEqual(truth.flat().filter((_, n) => shown.flat()[n] !== null));
        const bounds = intervalBounds(shown);
        for (const [i, j] of suppressed(shown)) {
          expect({ id: table.id, i, j, open: bounds[i][j].max > bounds[i][j].min }).toEqual({
            id: table.id,
            i,
            j,
            open: true,
          });
          const other = alternativeTable(truth, shown, [i, j]);
          expect({ id: table.id, i, j, other: other !== null && other[i][j] !== truth[i][j] }).toEqual({
            id: table.id,
            i,
            j,
            other: true,
          });
        }
      }
    });

    it('protects the tables where a person is in several rows, publishing persons once in their totals', () => {
      const multiValued = published.filter((table) => table.note);
      expect(multiValued.map((table) => table.id)).toHaveLength(7);
      for (const table of multiValued) {
        const { counts, distinctTotals } = exact.find((e) => e.id === table.id) as Required<Exact>;
        expect(table.columnTotals).toEqual(
          distinctTotals.columns.map((v, j) => (table.columnTotals[j] === null ? null : v)),
        );
        expect(table.grandTotal === null || table.grandTotal === distinctTotals.grand).toBe(true);
        // Worst case for the reader: nobody in two rows, so that the totals would be the sums and add up.
        const sums = withTotals(counts);
        const shown = grid(table).map((row, i) => row.map((value, j) => (value === null ? null : sums[i][j])));
        for (const [i, j] of suppressed(shown)) {
          const other = alternativeTable(sums, shown, [i, j]);
          expect({ id: table.id, i, j, other: other !== null && other[i][j] !== sums[i][j] }).toEqual({
            id: table.id,
            i,
            j,
            other: true,
          });
          // ... and still consistent with what was published: no cell above its column's persons.
          const columnPersons = (b: number) => table.columnTotals[b] ?? Infinity;
          expect(
            other?.slice(0, -1).every((row) => row.slice(0, -1).every((value, b) => value <= columnPersons(b))),
          ).toBe(true);
        }
      }
    });

    it('folds the rare countries into one row, so that no country of fewer than 11 persons is named', () => {
      for (const id of ['identified-by-country-and-sex', 'under-care-by-country-and-sex']) {
        const table = published.find((p) => p.id === id) as Published;
        const rows = exact.find((e) => e.id === id)?.counts as number[][];
        const total = (row: number[]) => row.reduce((a, b) => a + b, 0);
        expect(table.rowLabels.at(-1)).toBe('Other countries');
        expect(table.rowLabels.length).toBe(rows.filter((row) => total(row) >= 11).length + 1);
        expect(table.grandTotal).toBe(total(rows.map(total)));
      }
    });
  });
});

/**
 * Six hundred persons identified in 2025, deterministic: sex, birth year, citizenship (two rare), forms of
 * exploitation (a quarter with two), identifying organisation and services vary by hashes of the
 * row number, giving tables with large and small counts alike.
 */
const GENERATED_DATA = `
  WITH staff AS (SELECT id, unit_id FROM users WHERE username = 'staff.sofia'),
  v AS (
    INSERT INTO victims (code, sex, birth_year, citizenship, identity_enc, name_index, registered_by_unit_id, created_by)
    SELECT 'V-2025-' || lpad(g::text, 6, '0'),
           (ARRAY['female', 'female', 'female', 'female', 'male', 'male', 'other', 'unknown'])[1 + abs(hashint4(g)) % 8],
           CASE WHEN abs(hashint4(g * 3)) % 10 = 0 THEN NULL ELSE 1965 + abs(hashint4(g * 5)) % 55 END,
           CASE WHEN g % 97 = 0 THEN 'TR' WHEN g % 89 = 0 THEN 'AL'
                ELSE (ARRAY['BG', 'BG', 'BG', 'BG', 'BG', 'RO', 'RO', 'DE', 'SY', 'UA', 'NG', 'MD', NULL])[1 + abs(hashint4(g * 7)) % 13] END,
           'generated', md5(g::text) || md5(g::text), staff.unit_id, staff.id
      FROM generate_series(1, 600) AS g CROSS JOIN staff
    RETURNING id, code, birth_year),
  c AS (
    INSERT INTO cases (code, victim_id, facility_id, status, identified_at, identified_by, exploitation_forms, transnational, child,
                       opened_at, created_by)
    SELECT 'GEN-2025-' || substr(v.code, 8), v.id, f.id, 'open', d, s.source, s.forms, abs(h) % 3 = 0,
           coalesce(v.birth_year > 2007, false), d + time '10:00', (SELECT id FROM staff)
      FROM v
     CROSS JOIN LATERAL (SELECT hashint4(substr(v.code, 8)::int * 11) AS h) AS hh
     CROSS JOIN LATERAL (SELECT date '2025-01-01' + abs(h) % 365 AS d) AS dd
     CROSS JOIN LATERAL (
       SELECT (ARRAY['police', 'police', 'police', 'ngo', 'ngo', 'border_police', 'iom', 'self_referral', 'prosecution'])[1 + abs(h / 7) % 9] AS source,
              CASE WHEN abs(h) % 4 = 0
                   THEN ARRAY[forms[1 + abs(h / 3) % 11], forms[1 + (abs(h / 3) % 11 + 1 + abs(h / 5) % 10) % 11]]
                   ELSE ARRAY[forms[1 + abs(h / 3) % 11]] END::varchar[] AS forms
         FROM (SELECT ARRAY['sexual_exploitation', 'sexual_exploitation', 'sexual_exploitation', 'forced_labour', 'forced_labour',
                            'forced_begging', 'criminal_activities', 'servitude', 'forced_marriage', 'benefit_fraud', 'other'] AS forms) AS l) AS s
      JOIN units f ON f.code = (ARRAY['SOF-SHELTER', 'BGS-SHELTER', 'VAR-CENTRE'])[1 + abs(h / 11) % 3]
    RETURNING id, facility_id, opened_at)
  INSERT INTO service_records (case_id, type, provided_at, duration_minutes, staff_id, facility_id)
  SELECT c.id, (ARRAY['psychological', 'psychological', 'social_work', 'legal_aid', 'medical', 'interpretation', 'education'])[1 + abs(hashint4(k * 13 + n::int)) % 7],
         c.opened_at + k * interval '1 day', 60, (SELECT id FROM staff), c.facility_id
    FROM (SELECT c.*, row_number() OVER (ORDER BY c.id) AS n FROM c) AS c
   CROSS JOIN generate_series(1, 3) AS k
   WHERE abs(hashint4(n::int * 17 + k)) % 3 > 0 AND c.opened_at + k * interval '1 day' < timestamptz '2025-12-31 12:00+02'`;
