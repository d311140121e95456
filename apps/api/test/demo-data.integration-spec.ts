import { CASE_STATUSES, REFERRAL_STATUSES } from '@ibd/shared/contracts';
import { DemoCasesSeeder } from '@ibd/api/demo';
import { createTestApp, TestApp } from './test-app';

// jest ignores `testTimeout` inside a `projects` entry: seeding the demo's cases takes a while.
jest.setTimeout(180_000);

interface PublishedTable {
  id: string;
  rowLabels: string[];
  cells: (number | null)[][];
}

/** The last year, today included: the period an auditor looks at first. */
function lastYear(): string {
  const to = new Date();
  const from = new Date(to);
  from.setUTCFullYear(from.getUTCFullYear() - 1);
  from.setUTCDate(from.getUTCDate() + 1);
  const day = (at: Date) => at.toISOString().slice(0, 10);
  return `from=${day(from)}&to=${day(to)}`;
}

/** The counts of a known row a table publishes (suppressed ones are null). */
const publishedCounts = (table: PublishedTable): number[] =>
  table.cells
    .filter((_, i) => table.rowLabels[i] !== 'Unknown')
    .flat()
    .filter((count): count is number => count !== null && count > 0);

/** The demo data a newcomer meets (`npm run demo`), as the seeder makes it. */
describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoCasesSeeder).seed();
  });
  afterAll(() => t.close());

  it('gives most persons identified in the last year an age and a citizenship', async () => {
    const [row] = await t.db.query(
      `SELECT count(DISTINCT v.id)::int AS persons,
              count(DISTINCT v.id) FILTER (WHERE v.birth_year IS NOT NULL)::int AS aged,
              count(DISTINCT v.id) FILTER (WHERE v.citizenship IS NOT NULL)::int AS citizens
         FROM cases c JOIN victims v ON v.id = c.victim_id
        WHERE c.identified_at > current_date - 365`,
    );
    expect(row.persons).toBeGreaterThan(20);
    expect(row.aged / row.persons).toBeGreaterThanOrEqual(0.8);
    expect(row.citizens / row.persons).toBeGreaterThanOrEqual(0.8);
  });

  it('leaves a free bed in every shelter', async () => {
    const shelters = await t.db.query(
      `SELECT u.code,
              count(b.id) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM bed_assignments a
                 WHERE a.bed_id = b.id AND a.from_at <= now() AND (a.to_at IS NULL OR a.to_at > now())))::int AS free
         FROM units u JOIN beds b ON b.unit_id = u.id AND b.active
        WHERE u.kind IN ('temporary_shelter', 'reintegration_shelter')
        GROUP BY u.code ORDER BY u.code`,
    );
    expect(shelters.map((shelter: { code: string }) => shelter.code)).toEqual([
      'BGS-REINT',
      'BGS-SHELTER',
      'SOF-SHELTER',
      'VAR-SHELTER',
    ]);
    for (const shelter of shelters) expect({ [shelter.code]: shelter.free > 0 }).toEqual({ [shelter.code]: true });
  });

  it('has a case in every state, residents, a past stay and an open child notification', async () => {
    const states = await t.db.query('SELECT DISTINCT status FROM cases ORDER BY status');
    expect(states.map((row: { status: string }) => row.status)).toEqual([...CASE_STATUSES].sort());
    const [stays] = await t.db.query(
      `SELECT count(*) FILTER (WHERE discharged_at IS NULL)::int AS current,
              count(*) FILTER (WHERE discharged_at IS NOT NULL)::int AS past FROM placements`,
    );
    expect(stays.current).toBeGreaterThan(0);
    expect(stays.past).toBeGreaterThan(0);
    const [tasks] = await t.db.query('SELECT count(*)::int AS open FROM case_tasks WHERE done_at IS NULL');
    expect(tasks.open).toBeGreaterThan(0);
  });

  it('lets the auditor see some age bands and citizenships of the last year in the anonymised tables', async () => {
    const res = await t.http
      .get(`/api/v1/statistics/export?${lastYear()}&format=json`)
      .auth(await t.token('auditor'), { type: 'bearer' })
      .expect(200);
    const tables: PublishedTable[] = JSON.parse(res.text).tables;
    const table = (id: string) => tables.find((candidate) => candidate.id === id) as PublishedTable;
    expect(publishedCounts(table('identified-by-ctdc-age-band-and-sex')).length).toBeGreaterThanOrEqual(2);
    expect(publishedCounts(table('identified-by-citizenship-group-and-sex')).length).toBeGreaterThanOrEqual(1);
  });

  it('has a referral in every state', async () => {
    const states = await t.db.query('SELECT DISTINCT status FROM referrals ORDER BY status');
    expect(states.map((row: { status: string }) => row.status)).toEqual([...REFERRAL_STATUSES].sort());
  });
});
