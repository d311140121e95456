import type { LoggerService } from '@nestjs/common';
import pino, { type Logger as Pino } from 'pino';

const SECRET_FIELDS = [
  'password',
  'refreshToken',
  'accessToken',
  'challengeToken',
  'recoveryCode',
  'recoveryCodes',
  'secret',
  'otpauthUri',
  'identity',
  'personalNumber',
  'firstName',
  'lastName',
];

/** Fields that never reach a log line, at the top of a line or one level down. */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `*.${field}`),
];

/** The one pino logger of a process: JSON lines on stdout, personal and secret fields redacted. */
export function createRootLogger(level: string, destination?: pino.DestinationStream): Pino {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination);
}

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Nest's logger over the root pino logger. Nest passes `(message, ...params, context)`: an object
 * message is merged into the line and a string after it is the text; an Error is logged as `err`.
 */
export class AppLogger implements LoggerService {
  constructor(readonly root: Pino) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.root.isLevelEnabled(level)) return;
    const rest = [...params];
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? rest.pop() : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    if (message instanceof Error) {
      this.root[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      const text = typeof rest[0] === 'string' ? rest[0] : undefined;
      this.root[level]({ ...fields, ...message }, text);
    } else {
      this.root[level](fields, String(message));
    }
  }
}
