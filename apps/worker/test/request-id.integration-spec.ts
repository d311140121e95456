import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
// End to end: the real API app takes the request, the real worker builds the run it asked for.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createTestApp, TestApp } from '../../api/test/test-app';
import { eventually, startWorker, stopWorker, Worker } from './worker-harness';

describe('a queued job started by a request logs under that request id', () => {
  let t: TestApp;
  let worker: Worker;
  const lines: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    t = await createTestApp();
    worker = await startWorker((t.db.options as PostgresConnectionOptions).url as string, {}, lines);
  });

  afterAll(async () => {
    await stopWorker(worker);
    await t.close();
  });

  it("the worker's lines for a statistics run carry the id of the request that asked for it", async () => {
    const monitor = await t.token('monitor');
    const asked = await t.http
      .post('/api/v1/statistics/runs')
      .auth(monitor, { type: 'bearer' })
      .set('X-Request-Id', 'monitor-asks-run-0001')
      .send({ from: '2026-01-01', to: '2026-01-31' })
      .expect(202);
    expect(asked.headers['x-request-id']).toBe('monitor-asks-run-0001');
    const built = await eventually(
      async () => lines.filter((line) => line['msg'] === 'Statistics run built'),
      (found) => found.length > 0,
    );
    expect(built).toEqual([expect.objectContaining({ runId: asked.body.id, reqId: 'monitor-asks-run-0001' })]);
    const nightly = lines.filter((line) => line['msg'] !== 'Statistics run built' && line['reqId']);
    expect(nightly).toEqual([]);
  });
});
