import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import * as pg from '../database/pg-errors';

interface ErrorBody {
  statusCode: number;
  message: string | string[];
  error: string;
}

const body = (statusCode: number, message: string | string[]): ErrorBody => ({
  statusCode,
  message,
  error:
    (HttpStatus[statusCode] as string | undefined)
      ?.toLowerCase()
      .split('_')
      .map((word) => word[0].toUpperCase() + word.slice(1))
      .join(' ') ?? 'Error',
});

/** Maps a PostgreSQL error to what a client may be told: never SQL, values or stack traces. */
interface DatabaseFailure {
  code?: string;
  constraint?: string;
  column?: string;
}

function fromDatabase(error: DatabaseFailure): ErrorBody {
  const named = pg.constraintMessage(error.constraint);
  switch (error.code) {
    case pg.PG_UNIQUE_VIOLATION:
      return body(409, named ?? 'A record with the same unique values already exists');
    case pg.PG_EXCLUSION_VIOLATION:
      return body(409, named ?? 'The change overlaps an existing record');
    case pg.PG_FOREIGN_KEY_VIOLATION:
      return body(409, named ?? 'The change refers to a record that does not exist or is still in use');
    case pg.PG_CHECK_VIOLATION:
      return body(400, named ?? 'A value is outside what the rules allow');
    case pg.PG_NOT_NULL_VIOLATION:
      return body(400, [`${error.column ?? 'a field'} is required`]);
    case pg.PG_INVALID_TEXT:
    case pg.PG_STRING_TOO_LONG:
    case pg.PG_DATETIME_OVERFLOW:
    case pg.PG_NUMERIC_OUT_OF_RANGE:
      return body(400, 'A value has the wrong format or is out of range');
    case pg.PG_RAISE_EXCEPTION:
      return body(409, named ?? 'The change breaks a rule the database enforces');
    default:
      return body(500, 'Internal server error');
  }
}

interface BodyParserError {
  type?: string;
  status?: number;
}

function fromUnknown(exception: unknown): ErrorBody {
  if (exception instanceof HttpException) {
    const response = exception.getResponse();
    const status = exception.getStatus();
    return typeof response === 'string'
      ? body(status, response)
      : { ...body(status, exception.message), ...(response as object) };
  }
  // TypeORM wraps the driver's error; the prepared reads (PreparedReads) meet it as it is.
  if (exception instanceof QueryFailedError || exception instanceof DatabaseError) {
    return fromDatabase(exception as DatabaseFailure);
  }
  const parserError = exception as BodyParserError | null | undefined;
  if (parserError?.type === 'entity.too.large') {
    return body(413, 'The request body is too large');
  }
  return body(500, 'Internal server error');
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const errorBody = fromUnknown(exception);
    if (errorBody.statusCode >= 500) {
      const error = exception as { name?: string; code?: string; stack?: string } | null | undefined;
      // Name, SQLSTATE and the stack's frames only: the message (also the stack's first line) can
      // quote the values that failed.
      const frames = error?.stack?.split('\n').slice(1).join('\n');
      this.logger.error({ name: error?.name, code: error?.code, stack: frames }, 'Unhandled error');
    }
    const response = host.switchToHttp().getResponse<Response>();
    response.status(errorBody.statusCode).json(errorBody);
  }
}
