import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ReferralAction, ReferralStatus } from '@ibd/shared/contracts';
import { appendAudit, Actor } from '@ibd/api/audit';
import { appendCaseEvents } from '@ibd/api/cases';
import { UnitEntity } from '@ibd/api/units';
import { execute, queryRow } from '@ibd/api/core';
import { AcceptReferralDto, DeclineReferralDto } from './dto/answer-referral.dto';
import { ReferralEntity } from './referral.entity';
import { IntakeResult, ReferralIntake } from './referral-intake';
import { ReferralOut } from './referral-views';
import { illegalReferralTransition, notTheReceiver, notTheSender } from './referrals.errors';
import { ReferralsService } from './referrals.service';

/** The state machine (api.md): who may take each step, from which status, to which. */
export const REFERRAL_TRANSITIONS: Record<
  ReferralAction,
  { from: ReferralStatus; to: ReferralStatus; party: 'receiver' | 'sender' }
> = {
  accept: { from: 'sent', to: 'accepted', party: 'receiver' },
  decline: { from: 'sent', to: 'declined', party: 'receiver' },
  withdraw: { from: 'sent', to: 'withdrawn', party: 'sender' },
  complete: { from: 'accepted', to: 'completed', party: 'receiver' },
};

type Changes = Partial<Record<keyof ReferralEntity, unknown>>;

@Injectable()
export class ReferralTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referrals: ReferralsService,
    private readonly intake: ReferralIntake,
  ) {}

  accept(id: string, dto: AcceptReferralDto, actor: Actor): Promise<ReferralOut> {
    return this.run(id, actor, 'accept', async (manager, referral) => {
      // Opening a case appends to the audit log, whose head stays locked until commit: take every
      // other lock this step needs first (the referred case, for its timeline), so none is awaited
      // while holding the head.
      if (referral.caseId) await execute(manager, 'SELECT 1 FROM cases WHERE id = $1 FOR KEY SHARE', [referral.caseId]);
      const result: IntakeResult = await this.intake.accept(manager, referral, dto, actor);
      return {
        answeredAt: () => 'now()',
        answeredBy: actor.id,
        caseId: result.caseId,
        resultCaseId: result.resultCaseId,
      };
    });
  }

  decline(id: string, dto: DeclineReferralDto, actor: Actor): Promise<ReferralOut> {
    return this.run(id, actor, 'decline', async () => ({
      answeredAt: () => 'now()',
      answeredBy: actor.id,
      declineReason: dto.reason,
    }));
  }

  withdraw(id: string, actor: Actor): Promise<ReferralOut> {
    return this.run(id, actor, 'withdraw', async () => ({ withdrawnAt: () => 'now()', withdrawnBy: actor.id }));
  }

  complete(id: string, actor: Actor): Promise<ReferralOut> {
    return this.run(id, actor, 'complete', async () => ({ completedAt: () => 'now()' }));
  }

  /**
   * Completes an accepted referral in the caller's transaction: the person arrived (an admission).
   * The caller appends the `referral.complete` audit entry last in its transaction.
   */
  async completeIn(manager: EntityManager, id: string, actor: Actor): Promise<ReferralEntity> {
    return this.step(manager, id, actor, 'complete', async () => ({ completedAt: () => 'now()' }), false);
  }

  private run(
    id: string,
    actor: Actor,
    action: ReferralAction,
    changes: (manager: EntityManager, referral: ReferralEntity) => Promise<Changes>,
  ): Promise<ReferralOut> {
    return this.dataSource.transaction(async (manager) => {
      await this.step(manager, id, actor, action, changes);
      return this.referrals.get(id, actor, manager);
    });
  }

  /**
   * Scope (404), party (403), status (409) under the row lock, then the change as a conditional
   * UPDATE on the status: of two concurrent steps from one status only one changes the row; the
   * other finds the new status and gets a 409.
   */
  private async step(
    manager: EntityManager,
    id: string,
    actor: Actor,
    action: ReferralAction,
    changes: (manager: EntityManager, referral: ReferralEntity) => Promise<Changes>,
    audit = true,
  ): Promise<ReferralEntity> {
    const { from, to, party } = REFERRAL_TRANSITIONS[action];
    const referral = await this.referrals.findInScope(id, actor, manager, true);
    const partyUnitId = party === 'receiver' ? referral.toUnitId : referral.fromUnitId;
    if (partyUnitId !== actor.unitId) throw party === 'receiver' ? notTheReceiver() : notTheSender();
    if (referral.status !== from) throw illegalReferralTransition(referral.status, action);
    const set = { ...(await changes(manager, referral)), status: to };
    const result = await manager
      .createQueryBuilder()
      .update(ReferralEntity)
      .set(set as object)
      .where('id = :id AND status = :from', { id, from })
      .execute();
    if (result.affected !== 1) {
      const now = await queryRow<{ status: ReferralStatus }>(manager, `SELECT status FROM referrals WHERE id = $1`, [
        id,
      ]);
      throw illegalReferralTransition(now?.status ?? from, action);
    }
    const updated = await manager.getRepository(ReferralEntity).findOneByOrFail({ id });
    await this.recordOnTimeline(manager, updated, to, actor);
    if (audit) await appendAudit(manager, actor, { action: `referral.${action}`, entity: 'referral', entityId: id });
    return updated;
  }

  private async recordOnTimeline(
    manager: EntityManager,
    referral: ReferralEntity,
    to: ReferralStatus,
    actor: Actor,
  ): Promise<void> {
    const caseIds = [
      ...new Set([referral.caseId, referral.resultCaseId].filter((caseId): caseId is string => caseId !== null)),
    ];
    const units = await manager
      .getRepository(UnitEntity)
      .findBy([{ id: referral.fromUnitId }, { id: referral.toUnitId }]);
    const codeOf = (unitId: string) => units.find((unit) => unit.id === unitId)?.code ?? null;
    await appendCaseEvents(
      manager,
      ...caseIds.map((caseId) => ({
        caseId,
        kind: `referral.${to}`,
        actorId: actor.id,
        refId: referral.id,
        data: { referral: referral.code, fromUnit: codeOf(referral.fromUnitId), toUnit: codeOf(referral.toUnitId) },
      })),
    );
  }
}
