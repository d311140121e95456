import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { appendAudit, Actor } from '@ibd/api/audit';
import { appendCaseEvents } from '@ibd/api/cases';
import { ReferralsService, SentReferral } from '@ibd/api/referrals';
import { queryRows } from '@ibd/api/core';
import { BedAssigner } from './bed-assigner';
import { BedAssignmentEntity } from './bed-assignment.entity';
import {
  DischargePlacementDto,
  ExtendPlacementDto,
  MovePlacementDto,
  OnwardReferralDto,
} from './dto/change-placement.dto';
import { PlacementEntity } from './placement.entity';
import { PlacementExtensionEntity } from './placement-extension.entity';
import { PlacementDetail } from './placement-views';
import { badPlacement, stayEnded } from './placements.errors';
import { PlacementsService } from './placements.service';

/** What happens to a stay after admission: extension, bed move, discharge. Each under the stay's row lock. */
@Injectable()
export class PlacementChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly placements: PlacementsService,
    private readonly beds: BedAssigner,
    private readonly referrals: ReferralsService,
  ) {}

  /** A new end of the term (ЗБТХ чл. 9 ал. 3), later than the current one; no statutory cap. */
  extend(id: string, dto: ExtendPlacementDto, actor: Actor): Promise<PlacementDetail> {
    return this.change(id, actor, async (manager, stay) => {
      if (dto.until <= stay.stayLimitDate) {
        throw badPlacement(`until must be later than the current end of the stay, ${stay.stayLimitDate}`);
      }
      const extensions = manager.getRepository(PlacementExtensionEntity);
      const extension = await extensions.save(
        extensions.create({
          placementId: stay.id,
          previousLimitDate: stay.stayLimitDate,
          newLimitDate: dto.until,
          proposer: dto.proposer ?? 'shelter',
          reason: dto.reason,
          basis: dto.basis,
          recordedBy: actor.id,
        }),
      );
      await manager.getRepository(PlacementEntity).update(stay.id, { stayLimitDate: dto.until });
      await appendCaseEvents(manager, {
        caseId: stay.caseId,
        kind: 'placement.extended',
        actorId: actor.id,
        refId: stay.id,
        data: { from: stay.stayLimitDate, until: dto.until, proposer: extension.proposer },
      });
      await appendAudit(manager, actor, { action: 'placement.extend', entity: 'placement', entityId: stay.id });
    });
  }

  /** Another bed from `at` on: the current assignment ends, the next begins; the stay goes on. */
  move(id: string, dto: MovePlacementDto, actor: Actor): Promise<PlacementDetail> {
    return this.change(id, actor, async (manager, stay) => {
      const at = new Date(dto.at);
      const current = await this.currentBed(manager, stay);
      if (current.bedId === dto.bedId) throw badPlacement('bedId is the bed the resident holds already');
      if (at <= current.fromAt)
        throw badPlacement(`at must be after the resident took the current bed, ${current.fromAt.toISOString()}`);
      await manager.getRepository(BedAssignmentEntity).update(current.id, { toAt: at });
      const bed = await this.beds.assign(manager, stay, dto.bedId, at, actor.id);
      const [previous] = await queryRows<{ code: string }>(manager, `SELECT code FROM beds WHERE id = $1`, [
        current.bedId,
      ]);
      await appendCaseEvents(manager, {
        caseId: stay.caseId,
        kind: 'placement.moved',
        at,
        actorId: actor.id,
        refId: stay.id,
        data: { fromBed: previous.code, toBed: bed.code },
      });
      await appendAudit(manager, actor, { action: 'placement.move', entity: 'placement', entityId: stay.id });
    });
  }

  /** The end of the stay, with reason and destination; an onward referral goes out in the same transaction. */
  discharge(id: string, dto: DischargePlacementDto, actor: Actor): Promise<PlacementDetail> {
    return this.change(id, actor, async (manager, stay) => {
      const at = new Date(dto.dischargedAt);
      const current = await this.currentBed(manager, stay);
      if (at <= current.fromAt) {
        throw badPlacement(
          `dischargedAt must be after the admission and the last bed move, ${current.fromAt.toISOString()}`,
        );
      }
      await manager.getRepository(BedAssignmentEntity).update(current.id, { toAt: at });
      const onward = dto.onwardReferral ? await this.sendOnward(manager, dto.onwardReferral, stay, actor) : null;
      await manager.getRepository(PlacementEntity).update(stay.id, {
        dischargedAt: at,
        dischargeReason: dto.reason,
        destination: dto.destination,
        dischargedBy: actor.id,
        onwardReferralId: onward?.id ?? null,
      });
      await appendCaseEvents(manager, {
        caseId: stay.caseId,
        kind: 'placement.discharged',
        at,
        actorId: actor.id,
        refId: stay.id,
        data: { reason: dto.reason, destination: dto.destination, onwardReferral: onward?.code ?? null },
      });
      // Last: the audit log's head stays locked from the first entry to commit.
      if (onward)
        await appendAudit(manager, actor, { action: 'referral.send', entity: 'referral', entityId: onward.id });
      await appendAudit(manager, actor, { action: 'placement.discharge', entity: 'placement', entityId: stay.id });
    });
  }

  /** The onward referral of a discharge; its bad input is named under `onwardReferral.`. */
  private async sendOnward(
    manager: EntityManager,
    onward: OnwardReferralDto,
    stay: PlacementEntity,
    actor: Actor,
  ): Promise<SentReferral> {
    try {
      return await this.referrals.send(manager, { ...onward, caseId: stay.caseId }, actor, { audit: false });
    } catch (error) {
      if (!(error instanceof BadRequestException)) throw error;
      const { message } = error.getResponse() as { message: string | string[] };
      throw badPlacement(...[message].flat().map((text) => `onwardReferral.${text}`));
    }
  }

  private change(
    id: string,
    actor: Actor,
    apply: (manager: EntityManager, stay: PlacementEntity) => Promise<void>,
  ): Promise<PlacementDetail> {
    return this.dataSource.transaction(async (manager) => {
      const stay = await this.placements.findForChange(manager, id, actor);
      if (stay.dischargedAt) throw stayEnded();
      await apply(manager, stay);
      return this.placements.get(id, actor, manager);
    });
  }

  private async currentBed(manager: EntityManager, stay: PlacementEntity): Promise<BedAssignmentEntity> {
    return manager
      .getRepository(BedAssignmentEntity)
      .findOneOrFail({ where: { placementId: stay.id, toAt: IsNull() } });
  }
}
