import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger as Pino } from 'pino';
import { runWithRequestId } from './request-context';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/** A well-formed `X-Request-Id` of the caller, or a new one; echoed in the response. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

type Request = IncomingMessage & { id?: string; originalUrl?: string };

/**
 * First middleware of the API: gives each request its id (`req.id`, which audit entries record, and
 * the request context every log line written while serving it reads) and, when info is logged,
 * writes one line as the response ends: id, method, path (never the query string, which may carry
 * a search term), status and time, at `level`; errors (5xx) at level error. The demo passes debug,
 * so that its terminal shows what happens rather than every request.
 */
export function requestLogging(root: Pino, level: 'info' | 'debug' = 'info') {
  return (req: Request, res: ServerResponse, next: () => void): void => {
    const id = requestId(req, res);
    req.id = id;
    if (root.isLevelEnabled('info')) {
      const started = Date.now();
      const done = () => {
        res.removeListener('close', done);
        res.removeListener('finish', done);
        const line = {
          req: { id, method: req.method, path: (req.originalUrl ?? req.url ?? '').split('?')[0] },
          res: { statusCode: res.statusCode },
          responseTime: Date.now() - started,
        };
        const text = res.writableFinished ? 'request completed' : 'request aborted';
        if (res.statusCode >= 500) root.error(line, text);
        else root[level](line, text);
      };
      res.once('finish', done);
      res.once('close', done);
    }
    runWithRequestId(id, next);
  };
}
