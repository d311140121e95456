import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { affectedRows, AppConfig } from '@ibd/api/core';

export interface PurgeResult {
  sessions: number;
  refreshTokens: number;
  loginThrottles: number;
}

/** Deletes sessions and refresh tokens that can no longer be used and lock-outs that have run out. */
@Injectable()
export class AuthPurgeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async purge(): Promise<PurgeResult> {
    // A session's tokens go with it (ON DELETE CASCADE).
    const sessions = await affectedRows(
      this.dataSource,
      'DELETE FROM auth_sessions WHERE ended_at IS NOT NULL OR expires_at < now()',
    );
    const refreshTokens = await affectedRows(
      this.dataSource,
      'DELETE FROM refresh_tokens WHERE expires_at < now() OR revoked_at IS NOT NULL',
    );
    const loginThrottles = await affectedRows(
      this.dataSource,
      `DELETE FROM login_throttles
        WHERE coalesce(locked_until, last_failure_at + make_interval(mins => $1::int)) < now()`,
      [this.config.LOGIN_LOCK_MINUTES],
    );
    return { sessions, refreshTokens, loginThrottles };
  }
}
