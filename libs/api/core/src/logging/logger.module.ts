import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { AppLogger, createRootLogger, type LogFormat, NEST_START_UP_CONTEXTS } from './app-logger';

/** Readable lines in the demo (a person reads the terminal); JSON lines everywhere else. */
export const logFormat = (config: AppConfig): LogFormat =>
  config.DEMO_MODE && config.NODE_ENV !== 'test' ? 'pretty' : 'json';

/** The process's logger (pino, redacted), as Nest's logger: `app.useLogger(app.get(AppLogger))`. */
@Global()
@Module({
  providers: [
    {
      provide: AppLogger,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const format = logFormat(config);
        const root = createRootLogger(config.LOG_LEVEL, undefined, format);
        return new AppLogger(root, format === 'pretty' ? NEST_START_UP_CONTEXTS : undefined);
      },
    },
  ],
  exports: [AppLogger],
})
export class LoggingModule {}
