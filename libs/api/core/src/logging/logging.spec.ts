import { createServer, IncomingMessage, request, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { AppConfig } from '../config/app-config';
import { AppLogger, createRootLogger, NEST_START_UP_CONTEXTS } from './app-logger';
import { logFormat } from './logger.module';
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
async function withServer(
  level: string,
  test: (port: number, lines: Array<Record<string, unknown>>) => Promise<void>,
  requestLevel: 'info' | 'debug' = 'info',
) {
  const { lines, root } = capture(level);
  const log = requestLogging(root, requestLevel);
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

  it('writes request lines at debug when asked to (the demo), errors still at error', () =>
    withServer(
      'info',
      async (port, lines) => {
        await call(port, '/api/v1/cases');
        await call(port, '/boom');
        await settle();
        const requestLines = lines.filter((line) => String(line['msg']).startsWith('request'));
        expect(requestLines).toEqual([
          expect.objectContaining({ level: 50, req: expect.objectContaining({ path: '/boom' }) }),
        ]);
      },
      'debug',
    ));

  it('shows the demo its request lines with LOG_LEVEL=debug', () =>
    withServer(
      'debug',
      async (port, lines) => {
        await call(port, '/api/v1/cases');
        await settle();
        expect(lines).toEqual([expect.objectContaining({ level: 20, msg: 'request completed' })]);
      },
      'debug',
    ));

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

describe('log format', () => {
  const config = (fields: Partial<AppConfig>) =>
    ({ DEMO_MODE: false, NODE_ENV: 'development', ...fields }) as AppConfig;

  it('is readable in the demo only: JSON in production, in tests and without DEMO_MODE', () => {
    expect(logFormat(config({ DEMO_MODE: true }))).toBe('pretty');
    expect(logFormat(config({ DEMO_MODE: true, NODE_ENV: 'test' }))).toBe('json');
    expect(logFormat(config({ NODE_ENV: 'production' }))).toBe('json');
    expect(logFormat(config({}))).toBe('json');
  });

  it('writes a readable line with the time, level, context and text, still redacted', () => {
    let text = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        text += String(chunk);
        done();
      },
    });
    new AppLogger(createRootLogger('info', sink, 'pretty')).log(
      { password: 'hunter2' },
      'Demo data is in place',
      'Seed',
    );
    // eslint-disable-next-line no-control-regex
    const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toMatch(/^\[?\d\d:\d\d:\d\d\]? INFO: \[Seed\] Demo data is in place\n/);
    expect(plain).toContain('password: "[redacted]"');
    expect(plain).not.toContain('hunter2');
    expect(plain).not.toContain('{"level"');
  });

  it("writes Nest's start-up chatter at debug when asked to, and the rest as it comes", () => {
    const { lines, root } = capture();
    const logger = new AppLogger(root, NEST_START_UP_CONTEXTS);
    logger.log('Mapped {/api/health, GET} route', 'RouterExplorer');
    logger.log('AppModule dependencies initialized', 'InstanceLoader');
    logger.warn('Redis is away', 'RouterExplorer');
    logger.log('Nest application successfully started', 'NestApplication');
    expect(lines.map((line) => line['msg'])).toEqual(['Redis is away', 'Nest application successfully started']);
  });
});
