import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed logins per username, known or not (so a lock-out never tells whether a user exists).
 */
@Entity({ name: 'login_throttles' })
@Check('login_throttles_failures_check', 'failures >= 0')
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ name: 'last_failure_at', type: 'timestamptz' })
  lastFailureAt!: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
