import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppLogger } from '@ibd/api/core';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(AppLogger));
  app.enableShutdownHooks();
}

bootstrap().catch((error: Error) => {
  process.stderr.write(`ИБД worker failed to start: ${error.message}\n`);
  process.exit(1);
});
