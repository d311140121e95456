import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfigModule, DatabaseModule } from '@ibd/api/core';
import { UsersModule, UsersService } from '@ibd/api/users';

/**
 * `npm run admin:create -- --username NAME --display-name "Full Name"`: creates an administrator of
 * the Commission's administration unit (ANKBTH) with a generated password, printed once.
 */
@Module({ imports: [AppConfigModule, DatabaseModule.forRoot(), UsersModule] })
class AdminModule {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { username: { type: 'string' }, 'display-name': { type: 'string' } } });
  if (!values.username || !values['display-name']) {
    throw new Error('usage: npm run admin:create -- --username NAME --display-name "Full Name"');
  }
  const app = await NestFactory.createApplicationContext(AdminModule, { logger: ['error'] });
  try {
    const [unit] = await app.get(AdminModule).dataSource.query("SELECT id FROM units WHERE code = 'ANKBTH'");
    if (!unit) throw new Error('the administration unit ANKBTH is missing: run `npm run db:migrate` first');
    const password = randomBytes(18).toString('base64url');
    await app.get(UsersService).create({
      username: values.username.trim().toLowerCase(),
      displayName: values['display-name'],
      password,
      role: 'admin',
      unitId: unit.id,
    });
    process.stdout.write(`Administrator ${values.username} created. One-time password (change it): ${password}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: Error & { code?: string }) => {
  process.stderr.write(error.code === '23505' ? 'That username is already taken.\n' : `${error.message}\n`);
  process.exit(1);
});
