import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, execute, queryRow } from '@ibd/api/core';

/** Locks a username out after repeated failures within the lock window (429 while locked). */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async assertNotLocked(username: string): Promise<void> {
    const row = await queryRow<{ minutes: string }>(
      this.dataSource,
      'SELECT ceil(extract(epoch FROM locked_until - now()) / 60) AS minutes FROM login_throttles WHERE username = $1 AND locked_until > now()',
      [username],
    );
    if (row) {
      throw new HttpException(
        {
          statusCode: 429,
          error: 'Too Many Requests',
          message: `Too many failed sign-ins; try again in ${row.minutes} minutes`,
          retryAfterMinutes: Number(row.minutes),
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  /** Counts a failure; failures older than the lock window are forgotten. */
  async recordFailure(username: string): Promise<void> {
    await execute(
      this.dataSource,
      `INSERT INTO login_throttles (username, failures, last_failure_at, locked_until)
       VALUES ($1, 1, now(), CASE WHEN $2::int <= 1 THEN now() + make_interval(mins => $3::int) END)
       ON CONFLICT (username) DO UPDATE SET
         failures = CASE WHEN login_throttles.last_failure_at < now() - make_interval(mins => $3::int) THEN 1 ELSE login_throttles.failures + 1 END,
         last_failure_at = now(),
         locked_until = CASE
           WHEN (CASE WHEN login_throttles.last_failure_at < now() - make_interval(mins => $3::int) THEN 1 ELSE login_throttles.failures + 1 END) >= $2::int
           THEN now() + make_interval(mins => $3::int) END`,
      [username, this.config.LOGIN_MAX_FAILURES, this.config.LOGIN_LOCK_MINUTES],
    );
  }

  async reset(username: string): Promise<void> {
    await execute(this.dataSource, 'DELETE FROM login_throttles WHERE username = $1', [username]);
  }
}
