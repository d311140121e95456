import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfigModule, DatabaseModule } from '@ibd/api/core';
import { DemoCasesSeeder, DemoModule, DemoSeedService } from '@ibd/api/demo';

@Module({ imports: [AppConfigModule, DatabaseModule.forRoot(), DemoModule] })
class SeedModule {}

async function main(): Promise<void> {
  // Quiet in the demo's terminal: Nest's start-up lines would bury the banner that follows.
  const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['error', 'warn'] });
  try {
    await app.get(DemoSeedService).seed();
    // The API benchmark brings its own national-scale data set: users only.
    if (!process.argv.includes('--users-only')) await app.get(DemoCasesSeeder).seed();
    process.stderr.write('[seed] demo data in place\n');
  } finally {
    await app.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`Demo seeding failed: ${error.message}\n`);
  process.exit(1);
});
