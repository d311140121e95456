import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { AppLogger, createRootLogger } from './app-logger';

/** The process's logger (pino, redacted), as Nest's logger: `app.useLogger(app.get(AppLogger))`. */
@Global()
@Module({
  providers: [
    {
      provide: AppLogger,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new AppLogger(createRootLogger(config.LOG_LEVEL)),
    },
  ],
  exports: [AppLogger],
})
export class LoggingModule {}
