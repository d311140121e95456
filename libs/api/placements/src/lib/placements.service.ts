import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Page, RESIDENTIAL_KINDS } from '@ibd/shared/contracts';
import { appendAudit, Actor } from '@ibd/api/audit';
import { type AuthUser, queryRows } from '@ibd/api/core';
import { appendCaseEvents, CaseEntity, CaseFinder } from '@ibd/api/cases';
import { ReferralsService, ReferralTransitionsService } from '@ibd/api/referrals';
import { UnitEntity } from '@ibd/api/units';
import { BedAssigner } from './bed-assigner';
import { CreatePlacementDto } from './dto/create-placement.dto';
import { ListPlacementsQuery } from './dto/list-placements.query';
import { PlacementEntity } from './placement.entity';
import { wherePlacementInScope } from './placement-scope';
import { BedHistoryRow, ExtensionRow, PLACEMENT_COLUMNS, PlacementDetail, PlacementRow } from './placement-views';
import { badPlacement, facilityNotFound, placementNotFound } from './placements.errors';
import { sofiaDate, stayLimitDate } from './stay-term';
import { StayTermEntity } from './stay-term.entity';

export interface Admission {
  id: string;
  stayLimitDate: string;
  bedId: string;
  bedCode: string;
}

@Injectable()
export class PlacementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseFinder,
    private readonly beds: BedAssigner,
    private readonly referrals: ReferralsService,
    private readonly referralSteps: ReferralTransitionsService,
  ) {}

  /** Admission: consent recorded, a bed (named or free), the term from the facility kind's minimum stay. */
  admit(dto: CreatePlacementDto, actor: Actor): Promise<Admission> {
    return this.dataSource.transaction(async (manager) => {
      const facility = await this.residentialFacility(manager, dto.facilityId, actor);
      const stayCase = await this.cases.findOpenForChange(dto.caseId, actor, manager);
      if (stayCase.facilityId !== facility.id) throw badPlacement('caseId must be a case of the facility');
      const admittedAt = new Date(dto.admittedAt);
      const term = await manager.getRepository(StayTermEntity).findOneBy({ facilityKind: facility.kind });
      if (!term) throw new Error(`stay_terms has no minimum stay for ${facility.kind}`);
      const limit = stayLimitDate(admittedAt, term.minStayDays);
      const referralId = dto.referralId ? await this.arrivedWith(manager, dto.referralId, stayCase, actor) : null;
      const repository = manager.getRepository(PlacementEntity);
      const placement = await repository.save(
        repository.create({
          caseId: stayCase.id,
          facilityId: facility.id,
          referralId,
          admittedAt,
          initialLimitDate: limit,
          stayLimitDate: limit,
          consentGiven: dto.consent.given,
          consentDate: dto.consent.date ?? sofiaDate(admittedAt),
          consentRecordedBy: actor.id,
          createdBy: actor.id,
        }),
      );
      const bed = dto.bedId
        ? await this.beds.assign(manager, placement, dto.bedId, admittedAt, actor.id)
        : await this.beds.assignFree(manager, placement, admittedAt, actor.id);
      await appendCaseEvents(manager, {
        caseId: stayCase.id,
        kind: 'placement.admitted',
        at: admittedAt,
        actorId: actor.id,
        refId: placement.id,
        data: { facility: facility.code, bed: bed.code, stayLimitDate: limit, minStayDays: term.minStayDays },
      });
      // Last: the audit log's head stays locked from the first entry to commit.
      if (referralId)
        await appendAudit(manager, actor, { action: 'referral.complete', entity: 'referral', entityId: referralId });
      await appendAudit(manager, actor, { action: 'placement.admit', entity: 'placement', entityId: placement.id });
      return { id: placement.id, stayLimitDate: limit, bedId: bed.id, bedCode: bed.code };
    });
  }

  async list(query: ListPlacementsQuery, user: AuthUser): Promise<Page<PlacementRow>> {
    const qb = this.select(this.dataSource.manager, user);
    if (query.facilityId) qb.andWhere('p.facility_id = :facilityId', { facilityId: query.facilityId });
    if (query.caseId) qb.andWhere('p.case_id = :caseId', { caseId: query.caseId });
    if (query.active !== undefined)
      qb.andWhere(query.active ? 'p.discharged_at IS NULL' : 'p.discharged_at IS NOT NULL');
    const [items, count] = await Promise.all([
      qb
        .clone()
        .select(PLACEMENT_COLUMNS)
        .orderBy('p.admitted_at', 'DESC')
        .addOrderBy('p.id', 'DESC')
        .offset(query.skip)
        .limit(query.pageSize)
        .getRawMany<PlacementRow>(),
      qb.clone().select('count(*)::int', 'total').getRawOne<{ total: number }>(),
    ]);
    return query.toPage(items, count?.total ?? 0);
  }

  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<PlacementDetail> {
    const row = await this.select(manager, user)
      .select(PLACEMENT_COLUMNS)
      .andWhere('p.id = :id', { id })
      .getRawOne<PlacementRow>();
    if (!row) throw placementNotFound();
    const [extensions, beds] = await Promise.all([
      queryRows<ExtensionRow>(
        manager,
        `SELECT id, previous_limit_date::text AS "previousLimitDate", new_limit_date::text AS "newLimitDate", proposer,
                reason, basis, recorded_by AS "recordedBy", recorded_at AS "recordedAt"
           FROM placement_extensions WHERE placement_id = $1 ORDER BY recorded_at, id`,
        [id],
      ),
      queryRows<BedHistoryRow>(
        manager,
        `SELECT a.bed_id AS "bedId", b.code AS "bedCode", a.from_at AS "from", a.to_at AS "to"
           FROM bed_assignments a JOIN beds b ON b.id = a.bed_id WHERE a.placement_id = $1 ORDER BY a.from_at`,
        [id],
      ),
    ]);
    const withText = user.role !== 'monitor';
    return {
      ...row,
      extensions: extensions.map(({ reason, ...rest }) => (withText ? { ...rest, reason } : rest)),
      beds,
    };
  }

  /** A stay through the caller's scope, locked for a change (404 outside the scope). */
  async findForChange(manager: EntityManager, id: string, user: AuthUser): Promise<PlacementEntity> {
    const found = await wherePlacementInScope(
      manager.getRepository(PlacementEntity).createQueryBuilder('p').where('p.id = :id', { id }),
      user,
    )
      .setLock('pessimistic_write')
      .getOne();
    if (!found) throw placementNotFound();
    return found;
  }

  /** A facility with beds that the caller may admit to: staff only to their own (else 404). */
  private async residentialFacility(manager: EntityManager, facilityId: string, user: AuthUser): Promise<UnitEntity> {
    const facility = await manager.getRepository(UnitEntity).findOneBy({ id: facilityId, active: true });
    if (!facility || (user.role === 'shelter_staff' && facility.id !== user.unitId)) throw facilityNotFound();
    if (!RESIDENTIAL_KINDS.includes(facility.kind as (typeof RESIDENTIAL_KINDS)[number])) {
      throw badPlacement('facilityId must be a residential facility: a support centre or agency has no beds');
    }
    return facility;
  }

  /** The referral the person arrived with: accepted by this facility for this case; completed now. */
  private async arrivedWith(
    manager: EntityManager,
    referralId: string,
    stayCase: CaseEntity,
    actor: Actor,
  ): Promise<string> {
    const referral = await this.referrals.findInScope(referralId, actor, manager);
    if (referral.toUnitId !== stayCase.facilityId || referral.resultCaseId !== stayCase.id) {
      throw badPlacement('referralId must be a referral the facility accepted for this case');
    }
    await this.referralSteps.completeIn(manager, referral.id, actor);
    return referral.id;
  }

  private select(manager: EntityManager, user: AuthUser): SelectQueryBuilder<PlacementEntity> {
    const qb = manager
      .getRepository(PlacementEntity)
      .createQueryBuilder('p')
      .innerJoin('cases', 'c', 'c.id = p.case_id')
      .innerJoin('units', 'u', 'u.id = p.facility_id');
    return wherePlacementInScope(qb, user);
  }
}
