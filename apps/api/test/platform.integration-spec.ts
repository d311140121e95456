import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { IS_PUBLIC, ROLES_KEY } from '@ibd/api/core';
import { DEMO_PASSWORD } from '@ibd/api/demo';
import { onServer } from '@ibd/api/testing';
import { createTestApp, TestApp } from './test-app';

describe('the HTTP platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ CORS_ORIGIN: 'https://ibd.example.bg', BODY_LIMIT: '10kb' });
  });
  afterAll(() => t.close());

  it('reports health with the database and Redis up', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('serves OpenAPI listing the endpoints', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/v1/auth/login',
        '/api/v1/auth/refresh',
        '/api/v1/users',
        '/api/v1/users/{id}',
        '/api/v1/facilities',
      ]),
    );
    await t.http.get('/api/docs').expect(200).expect('content-type', /html/);
  });

  it('sets security headers and a request id, and echoes a well-formed given id', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await t.http.get('/api/health').set('X-Request-Id', 'abc-12345-def').expect(200);
    expect(given.headers['x-request-id']).toBe('abc-12345-def');
    const hostile = await t.http.get('/api/health').set('X-Request-Id', '<script>').expect(200);
    expect(hostile.headers['x-request-id']).not.toBe('<script>');
  });

  it('lets no browser or proxy keep an API answer: Cache-Control no-store and no ETag', async () => {
    const me = await t.http
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${await t.token('staff.sofia')}`)
      .expect(200);
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'staff.sofia', password: DEMO_PASSWORD })
      .expect(200);
    for (const res of [me, login]) {
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['etag']).toBeUndefined();
    }
  });

  it('allows CORS only for the configured origin', async () => {
    const allowed = await t.http
      .options('/api/v1/auth/login')
      .set('Origin', 'https://ibd.example.bg')
      .set('Access-Control-Request-Method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://ibd.example.bg');
    const other = await t.http
      .options('/api/v1/auth/login')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a body over the limit with 413 and malformed JSON with 400, as JSON', async () => {
    const big = await t.http.post('/api/v1/auth/login').send({ username: 'admin', password: 'x'.repeat(20_000) });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ statusCode: 413 });
    const bad = await t.http.post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"username":');
    expect(bad.status).toBe(400);
    expect(bad.body.statusCode).toBe(400);
  });

  it('guards every route: each is @Public() or names its roles', () => {
    const discovery = new DiscoveryService(t.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const unguarded: string[] = [];
    let routes = 0;
    for (const wrapper of discovery.getControllers()) {
      const controller = wrapper.metatype as { prototype: object; name: string } | null;
      if (!controller) continue;
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name] as object;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        routes++;
        const open = Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller);
        const roles = Reflect.getMetadata(ROLES_KEY, handler) ?? Reflect.getMetadata(ROLES_KEY, controller);
        if (!open && !(roles?.length > 0)) {
          unguarded.push(`${RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler)]} ${controller.name}.${name}`);
        }
      }
    }
    expect(routes).toBeGreaterThan(8);
    expect(unguarded).toEqual([]);
  });
});

describe('the HTTP platform when a service is down', () => {
  it('keeps serving with Redis unreachable and says so in health', async () => {
    const t = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const res = await t.http.get('/api/health').expect(200);
      expect(res.body.info).toEqual({ database: { status: 'up' }, redis: { status: 'down' } });
      await t.http
        .get('/api/v1/facilities')
        .auth(await t.token('monitor'), { type: 'bearer' })
        .expect(200);
    } finally {
      await t.close();
    }
  });

  it('answers 503 from health when the database is gone', async () => {
    const t = await createTestApp();
    try {
      const [{ name }] = await t.db.query('SELECT current_database() AS name');
      await onServer(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await onServer(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
      const res = await t.http.get('/api/health').expect(503);
      expect(res.body).toMatchObject({ status: 'error', info: { database: { status: 'down' } } });
    } finally {
      await t.close();
    }
  });
});
