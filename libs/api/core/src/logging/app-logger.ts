import type { LoggerService } from '@nestjs/common';
import pino, { type Logger as Pino } from 'pino';
import pretty from 'pino-pretty';
import { currentRequestId } from './request-context';

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

const SECRET = new Set([...SECRET_FIELDS, 'authorization', 'cookie', 'set-cookie']);
const CENSOR = '[redacted]';
/** How deep a logged object is followed; anything deeper is left out, not written unredacted. */
const MAX_DEPTH = 8;

/** A copy of a log line's fields with every secret or personal field censored, at any depth. */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, SECRET.has(key) ? CENSOR : redact(field, depth + 1)]),
  );
}

/** JSON lines for log collectors, or human-readable lines for a person at a terminal (the demo). */
export type LogFormat = 'json' | 'pretty';

/**
 * The one pino logger of a process: JSON lines on stdout (or `destination`), personal and secret
 * fields redacted at every depth, and the id of the request being served (`reqId`) on every line
 * written for one. `pretty` (the demo): one readable line per entry, `12:00:01 INFO: [Context]
 * message`, coloured when the destination is a terminal, the remaining fields on the lines under it.
 */
export function createRootLogger(
  level: string,
  destination?: pino.DestinationStream,
  format: LogFormat = 'json',
): Pino {
  const options = {
    level,
    mixin: () => {
      const reqId = currentRequestId();
      return reqId ? { reqId } : {};
    },
    formatters: { log: (fields: Record<string, unknown>) => redact(fields) as Record<string, unknown> },
  };
  if (format === 'json') return pino(options, destination);
  const readable = pretty({
    destination: destination ?? 1,
    sync: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,context',
    messageFormat: '{if context}[{context}] {end}{msg}',
  });
  return pino(options, readable);
}

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** Nest's start-up chatter (a line per module and per route): the demo writes it at debug. */
export const NEST_START_UP_CONTEXTS: ReadonlySet<string> = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
]);

/**
 * Nest's logger over the root pino logger. Nest passes `(message, ...params, context)`: an object
 * message is merged into the line and a string after it is the text; an Error is logged as `err`.
 * Info lines of the `quiet` contexts are written at debug.
 */
export class AppLogger implements LoggerService {
  constructor(
    readonly root: Pino,
    private readonly quiet: ReadonlySet<string> = new Set(),
  ) {}

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

  private write(asked: Level, message: unknown, params: unknown[]): void {
    const rest = [...params];
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? rest.pop() : undefined;
    const level = asked === 'info' && typeof context === 'string' && this.quiet.has(context) ? 'debug' : asked;
    if (!this.root.isLevelEnabled(level)) return;
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
