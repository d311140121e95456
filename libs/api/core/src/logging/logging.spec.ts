import { createServer, IncomingMessage, request, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { AppLogger, createRootLogger } from './app-logger';
import { requestLogging } from './request-logging';

/** A root logger writing its JSON lines into an array. */
function capture(level = 'info') {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, root: createRootLogger(level, sink) };
}

function call(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; id: string }>((resolve, reject) => {
    request({ port, path, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, id: String(res.headers['x-request-id']) }));
    })
      .on('error', reject)
      .end();
  });
}

/** A server behind requestLogging; `/boom` fails after an await, logging through AppLogger as the API's filter does. */
async function withServer(level: string, test: (port: number, lines: Array<Record<string, unknown>>) => Promise<void>) {
  const { lines, root } = capture(level);
  const log = requestLogging(root);
  const logger = new AppLogger(root);
  const respond = async (req: IncomingMessage, res: ServerResponse) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (req.url?.startsWith('/boom')) logger.error({ name: 'QueryFailedError' }, 'Unhandled error', 'Exceptions');
    res.statusCode = req.url?.startsWith('/boom') ? 500 : 200;
    res.end('{}');
  };
  const server = createServer((req, res) => log(req, res, () => void respond(req, res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await test((server.address() as AddressInfo).port, lines);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('request logging', () => {
  it('writes one line per request with its id, method, path without the query string, and status', () =>
    withServer('info', async (port, lines) => {
      const { id } = await call(port, '/api/v1/cases?q=%D0%9C%D0%B0%D1%80%D0%B8%D1%8F', {
        Authorization: 'Bearer secret.token.value',
        'X-Request-Id': 'given-request-1',
      });
      await settle();
      expect(id).toBe('given-request-1');
      expect(lines).toEqual([
        expect.objectContaining({
          level: 30,
          msg: 'request completed',
          req: { id: 'given-request-1', method: 'GET', path: '/api/v1/cases' },
          res: { statusCode: 200 },
        }),
      ]);
      expect(JSON.stringify(lines)).not.toMatch(/secret|Bearer|q=/);
    }));

  it('makes up an id for a missing or malformed one, and logs a 5xx as an error', () =>
    withServer('info', async (port, lines) => {
      const { id } = await call(port, '/boom', { 'X-Request-Id': '<script>' });
      await settle();
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines).toEqual([
        expect.objectContaining({ level: 50, msg: 'Unhandled error', reqId: id }),
        expect.objectContaining({ level: 50, req: expect.objectContaining({ id }) }),
      ]);
    }));

  it('puts the id of the request being served on every line written for it, and none on other lines', () =>
    withServer('info', async (port, lines) => {
      const [first, second] = await Promise.all([
        call(port, '/boom', { 'X-Request-Id': 'request-number-one' }),
        call(port, '/boom', { 'X-Request-Id': 'request-number-two' }),
      ]);
      new AppLogger(capture().root).log('outside');
      await settle();
      const errors = lines.filter((line) => line['msg'] === 'Unhandled error').map((line) => line['reqId']);
      expect(errors.sort()).toEqual([first.id, second.id].sort());
      expect([first.id, second.id].sort()).toEqual(['request-number-one', 'request-number-two']);
    }));

  it('still gives every request an id when request lines are not logged', () =>
    withServer('warn', async (port, lines) => {
      const { id } = await call(port, '/api/health');
      await settle();
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines).toEqual([]);
    }));
});

describe('AppLogger', () => {
  it('merges an object message, keeps the text and the context, and redacts secret fields', () => {
    const { lines, root } = capture();
    new AppLogger(root).log({ runId: 'r1', password: 'hunter2', identity: { firstName: 'Мария' } }, 'Built', 'Stats');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'Built',
        context: 'Stats',
        runId: 'r1',
        password: '[redacted]',
        identity: '[redacted]',
      }),
    ]);
  });

  it('redacts secret and personal fields at any depth, in arrays too, and leaves the line otherwise whole', () => {
    const { lines, root } = capture();
    new AppLogger(root).warn(
      {
        job: { data: { person: { identity: { firstName: 'Мария' }, personalNumber: '8001010000' } } },
        attempts: [{ refreshToken: 'r.t.x', facility: 'SOF-SHELTER' }],
        headers: { authorization: 'Bearer a.b.c', cookie: 'ibd_refresh=x' },
      },
      'Retrying',
      'Jobs',
    );
    expect(lines[0]).toEqual(
      expect.objectContaining({
        msg: 'Retrying',
        job: { data: { person: { identity: '[redacted]', personalNumber: '[redacted]' } } },
        attempts: [{ refreshToken: '[redacted]', facility: 'SOF-SHELTER' }],
        headers: { authorization: '[redacted]', cookie: '[redacted]' },
      }),
    );
    expect(JSON.stringify(lines)).not.toMatch(/Мария|8001010000|r\.t\.x|a\.b\.c|ibd_refresh/);
  });

  it('logs a plain text with its context, an Error as err, and nothing below the level', () => {
    const { lines, root } = capture('warn');
    const logger = new AppLogger(root);
    logger.log('not written', 'Demo');
    logger.warn('Redis is away', 'Health');
    logger.error(new Error('failed'));
    expect(lines).toEqual([
      expect.objectContaining({ level: 40, msg: 'Redis is away', context: 'Health' }),
      expect.objectContaining({ level: 50, msg: 'failed', err: expect.objectContaining({ message: 'failed' }) }),
    ]);
  });
});
