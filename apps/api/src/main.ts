import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, configureApp } from '@ibd/api/core';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  configureApp(app);
  const { PORT } = app.get(AppConfig);
  await app.listen(PORT);
}

bootstrap().catch((error: Error) => {
  // Configuration errors list every problem; anything else is reported without data.
  process.stderr.write(`ИБД API failed to start: ${error.message}\n`);
  process.exit(1);
});
