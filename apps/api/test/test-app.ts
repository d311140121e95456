import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { configureApp } from '@ibd/api/core';
import { DEMO_PASSWORD, DemoModule, DemoSeedService } from '@ibd/api/demo';
import { createTestDatabase, dropTestDatabase } from '@ibd/api/testing';
import { AppModule } from '../src/app.module';

export interface TestApp {
  app: NestExpressApplication;
  http: TestAgent;
  db: DataSource;
  /** Logs in as a demo user and returns the access token. */
  token(username: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real AppModule over a fresh copy of the migrated template database, with the demo units and
 * users (password DEMO_PASSWORD), configured exactly as main.ts configures it. With `over`, a second
 * application (other configuration, e.g. keys) over that app's database, which its close keeps.
 */
export async function createTestApp(env: Record<string, string> = {}, over?: TestApp): Promise<TestApp> {
  const database = over
    ? { url: String(over.db.options['url' as keyof typeof over.db.options]), name: null }
    : await createTestDatabase();
  const saved = { ...process.env };
  Object.assign(process.env, env, { DATABASE_URL: database.url });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule, DemoModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true });
  configureApp(app);
  await app.init();
  process.env = saved;
  await app.get(DemoSeedService).seed();
  const http = request(app.getHttpServer());
  const tokens = new Map<string, string>();
  return {
    app,
    http,
    db: app.get(DataSource),
    async token(username: string) {
      if (!tokens.has(username)) {
        const res = await http.post('/api/v1/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
        tokens.set(username, res.body.accessToken);
      }
      return tokens.get(username) as string;
    },
    async close() {
      await app.close();
      if (database.name) await dropTestDatabase(database.name);
    },
  };
}
