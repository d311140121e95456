import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { RecoveryCodes, SecondFactorEnrolment, SecondFactorStatus } from '@ibd/shared/contracts';
import { Actor, AuditActor, appendAudit } from '@ibd/api/audit';
import { Keyring } from '@ibd/api/identity';
import { PasswordService } from '@ibd/api/users';
import { affectedRows, execute, queryRow, queryRows } from '@ibd/api/core';
import { SessionsService } from '../sessions/sessions.service';
import { MfaPolicyService } from './mfa-policy.service';
import { newRecoveryCodes, normaliseRecoveryCode } from './recovery-code-text';
import { Totp } from './totp';

const CODE_MISMATCH = 'code does not match the authenticator app: check that the phone shows the right time';

/** Audit entries of the second factor name the user whose factor it is, never a code or the secret. */
const auditFactor = (manager: EntityManager, actor: AuditActor, action: string, userId: string) =>
  appendAudit(manager, actor, { action, entity: 'second_factor', entityId: userId });

/**
 * The TOTP second factor of a user: enrolment (a secret under the identity keyring, confirmed by a
 * first code), codes accepted once per time step, one-time recovery codes (argon2id) and the
 * admin's reset.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keyring: Keyring,
    private readonly passwords: PasswordService,
    private readonly totp: Totp,
    private readonly sessions: SessionsService,
    private readonly policy: MfaPolicyService,
  ) {}

  async isEnrolled(userId: string): Promise<boolean> {
    const row = await queryRow<{ '?column?': number }>(
      this.dataSource,
      'SELECT 1 FROM second_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL',
      [userId],
    );
    return row !== undefined;
  }

  async status(user: { id: string; role: Actor['role'] }): Promise<SecondFactorStatus> {
    const [row] = await queryRows<{ enrolledAt: Date | null; left: number }>(
      this.dataSource,
      `SELECT (SELECT confirmed_at FROM second_factors WHERE user_id = $1) AS "enrolledAt",
              (SELECT count(*)::int FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL) AS "left"`,
      [user.id],
    );
    const enrolledAt = row.enrolledAt;
    return {
      enrolled: enrolledAt !== null,
      enrolledAt: enrolledAt?.toISOString() ?? null,
      required: await this.policy.required(user.role),
      recoveryCodesLeft: enrolledAt ? row.left : 0,
    };
  }

  /** A new secret for the authenticator app, pending until confirmed; 409 once a factor is set up. */
  async startEnrolment(actor: Actor): Promise<SecondFactorEnrolment> {
    const secret = this.totp.newSecret();
    await this.dataSource.transaction(async (manager) => {
      const rows = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO second_factors (user_id, secret_enc) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET secret_enc = EXCLUDED.secret_enc, created_at = now(), last_step = NULL
          WHERE second_factors.confirmed_at IS NULL
         RETURNING id`,
        [actor.id, this.keyring.encrypt(secret)],
      );
      if (rows.length === 0) throw new ConflictException('A second factor is already set up');
      await auditFactor(manager, actor, 'mfa.enrolment_start', actor.id);
    });
    return { secret, otpauthUri: this.totp.uri(secret, actor.username) };
  }

  /**
   * The first code confirms the pending secret; the user gets a set of recovery codes, and every
   * other session of theirs (signed in with the password alone) ends.
   */
  async confirmEnrolment(actor: Actor, code: string): Promise<RecoveryCodes> {
    const pending = await queryRow<{ id: string; secret_enc: string }>(
      this.dataSource,
      'SELECT id, secret_enc FROM second_factors WHERE user_id = $1 AND confirmed_at IS NULL',
      [actor.id],
    );
    if (!pending) throw new ConflictException('There is no enrolment to confirm: start it first');
    const step = await this.totp.step(this.keyring.decrypt(pending.secret_enc), code, null);
    if (step === null) {
      await auditFactor(this.dataSource.manager, actor, 'mfa.verify_failed', actor.id);
      throw new BadRequestException([CODE_MISMATCH]);
    }
    const recoveryCodes = newRecoveryCodes();
    const hashes = await this.hashAll(recoveryCodes);
    await this.dataSource.transaction(async (manager) => {
      const confirmed = await affectedRows(
        manager,
        'UPDATE second_factors SET confirmed_at = now(), last_step = $2 WHERE id = $1 AND confirmed_at IS NULL',
        [pending.id, step],
      );
      if (confirmed !== 1) throw new ConflictException('A second factor is already set up');
      await this.storeRecoveryCodes(manager, actor.id, hashes);
      await this.sessions.end(manager, actor.id, { except: actor.sessionId }, actor);
      await auditFactor(manager, actor, 'mfa.enrol', actor.id);
    });
    return { recoveryCodes };
  }

  /**
   * Whether `code` is a current code of the user's confirmed factor. Each time step is accepted
   * once: the step must be later than the last one accepted, checked and recorded by one UPDATE,
   * so two requests with the same code cannot both pass.
   */
  async acceptCode(userId: string, code: string): Promise<boolean> {
    const factor = await queryRow<{ secret_enc: string; last_step: string | null }>(
      this.dataSource,
      'SELECT secret_enc, last_step FROM second_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL',
      [userId],
    );
    if (!factor) return false;
    const lastStep = factor.last_step === null ? null : Number(factor.last_step);
    const step = await this.totp.step(this.keyring.decrypt(factor.secret_enc), code, lastStep);
    if (step === null) return false;
    const accepted = await affectedRows(
      this.dataSource,
      `UPDATE second_factors SET last_step = $2
        WHERE user_id = $1 AND confirmed_at IS NOT NULL AND (last_step IS NULL OR last_step < $2)`,
      [userId, step],
    );
    return accepted === 1;
  }

  /** Whether `code` is one of the user's unused recovery codes; if so, it is spent (once, even under races). */
  async acceptRecoveryCode(userId: string, code: string): Promise<boolean> {
    const typed = normaliseRecoveryCode(code);
    const unused = await queryRows<{ id: string; code_hash: string }>(
      this.dataSource,
      `SELECT c.id, c.code_hash FROM recovery_codes c
         JOIN second_factors f ON f.user_id = c.user_id AND f.confirmed_at IS NOT NULL
        WHERE c.user_id = $1 AND c.used_at IS NULL`,
      [userId],
    );
    for (const { id, code_hash } of unused) {
      if (await this.passwords.verify(code_hash, typed)) {
        const spent = await affectedRows(
          this.dataSource,
          'UPDATE recovery_codes SET used_at = now() WHERE id = $1 AND used_at IS NULL',
          [id],
        );
        return spent === 1;
      }
    }
    return false;
  }

  /** A new set of recovery codes, the old set void; the caller has just given a current code. */
  async renewRecoveryCodes(actor: Actor): Promise<RecoveryCodes> {
    const recoveryCodes = newRecoveryCodes();
    const hashes = await this.hashAll(recoveryCodes);
    await this.dataSource.transaction(async (manager) => {
      await this.storeRecoveryCodes(manager, actor.id, hashes);
      await auditFactor(manager, actor, 'mfa.recovery_codes_renew', actor.id);
    });
    return { recoveryCodes };
  }

  /** Admin: removes the user's factor and recovery codes and ends all their sessions. */
  async reset(admin: Actor, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await execute(manager, 'DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
      await execute(manager, 'DELETE FROM second_factors WHERE user_id = $1', [userId]);
      await this.sessions.end(manager, userId, {}, admin);
      await auditFactor(manager, admin, 'mfa.reset', userId);
    });
  }

  /** Audits a wrong code or recovery code (never the code itself). */
  recordFailure(actor: AuditActor, userId: string): Promise<void> {
    return auditFactor(this.dataSource.manager, actor, 'mfa.verify_failed', userId);
  }

  /** Audits a successful second step of a sign-in. */
  recordSuccess(actor: AuditActor, userId: string, recoveryCode: boolean): Promise<void> {
    return auditFactor(this.dataSource.manager, actor, recoveryCode ? 'mfa.recovery_code_used' : 'mfa.verify', userId);
  }

  private hashAll(codes: string[]): Promise<string[]> {
    return Promise.all(codes.map((code) => this.passwords.hash(normaliseRecoveryCode(code))));
  }

  private async storeRecoveryCodes(manager: EntityManager, userId: string, hashes: string[]): Promise<void> {
    await execute(manager, 'DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
    await execute(manager, 'INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])', [
      userId,
      hashes,
    ]);
  }
}
