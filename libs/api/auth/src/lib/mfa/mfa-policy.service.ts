import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MfaPolicyView, Role } from '@ibd/shared/contracts';
import { Actor, appendAudit } from '@ibd/api/audit';
import { AppConfig, queryRows } from '@ibd/api/core';
import { MfaPolicyEntity } from './mfa-policy.entity';

/**
 * Who must sign in with a second factor: everyone whose role requires it (`mfa_policies`, data an
 * admin edits) while the installation's MFA_REQUIRED is on (default in production).
 */
@Injectable()
export class MfaPolicyService {
  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async required(role: Role, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (!this.config.mfaRequired) return false;
    const policy = await manager.findOneBy(MfaPolicyEntity, { role });
    return policy?.required ?? true;
  }

  /** A second factor is required of the user and not set up yet. */
  async mustEnrol(
    user: { id: string; role: Role },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    if (!this.config.mfaRequired) return false;
    const [row] = await queryRows<{ must: boolean }>(
      manager,
      `SELECT coalesce((SELECT required FROM mfa_policies WHERE role = $1), true)
          AND NOT EXISTS (SELECT 1 FROM second_factors WHERE user_id = $2 AND confirmed_at IS NOT NULL) AS must`,
      [user.role, user.id],
    );
    return row.must === true;
  }

  async list(): Promise<MfaPolicyView<Date>> {
    const rows = await this.dataSource.getRepository(MfaPolicyEntity).find({ order: { role: 'ASC' } });
    return {
      enforced: this.config.mfaRequired,
      roles: rows.map(({ role, required, updatedAt }) => ({ role, required, updatedAt })),
    };
  }

  /** Admin: whether a role must use a second factor; audited in the same transaction. */
  async update(role: string, required: boolean, actor: Actor): Promise<MfaPolicyView<Date>> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(MfaPolicyEntity, { role }, { required });
      if (!result.affected) throw new NotFoundException('No MFA policy for this role');
      await appendAudit(manager, actor, { action: 'mfa_policy.update', entity: 'mfa_policy', entityId: role });
    });
    return this.list();
  }
}
