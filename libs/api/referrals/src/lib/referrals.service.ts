import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { FACILITY_KINDS, Page, ReferralStatus, UnitKind } from '@ibd/shared/contracts';
import { appendAudit, Actor } from '@ibd/api/audit';
import type { AuthUser } from '@ibd/api/core';
import { appendCaseEvents, CaseFinder } from '@ibd/api/cases';
import { UnitEntity } from '@ibd/api/units';
import { CreateReferralDto } from './dto/create-referral.dto';
import { ListReferralsQuery } from './dto/list-referrals.query';
import { nextReferralCode } from './referral-code';
import { ReferralEntity } from './referral.entity';
import { seesReferralText, whereReferralInScope } from './referral-scope';
import { REFERRAL_COLUMNS, ReferralOut, ReferralRow, toReferralView } from './referral-views';
import { badReferral, referralNotFound } from './referrals.errors';

/** Units a referral can be addressed to: the Commission's facilities and outside agencies. */
const RECEIVING_KINDS: readonly UnitKind[] = [...FACILITY_KINDS, 'agency'];

export interface SentReferral {
  id: string;
  code: string;
  status: ReferralStatus;
}

@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseFinder,
  ) {}

  create(dto: CreateReferralDto, actor: Actor): Promise<SentReferral> {
    return this.dataSource.transaction((manager) => this.send(manager, dto, actor));
  }

  /**
   * Sends a referral in the caller's transaction (a discharge's onward referral uses it too). With
   * `audit: false` the caller appends the `referral.send` entry itself, last in its transaction.
   */
  async send(
    manager: EntityManager,
    dto: CreateReferralDto,
    actor: Actor,
    { audit = true } = {},
  ): Promise<SentReferral> {
    if (dto.caseId !== undefined && dto.victim !== undefined)
      throw badReferral('victim must not be given together with caseId');
    const toUnit = await manager.getRepository(UnitEntity).findOne({ where: { id: dto.toUnitId, active: true } });
    if (!toUnit || !RECEIVING_KINDS.includes(toUnit.kind))
      throw badReferral('toUnitId must be an active facility or agency unit');
    if (toUnit.id === actor.unitId) throw badReferral('toUnitId must be another unit than your own');
    if (dto.victim && toUnit.kind === 'agency') {
      throw badReferral('victim: a person new to the system can be referred only to a facility, which opens the case');
    }
    const referred = dto.caseId ? await this.cases.findInScope(dto.caseId, actor, manager) : null;
    const code = await nextReferralCode(manager);
    const repository = manager.getRepository(ReferralEntity);
    const saved = await repository.save(
      repository.create({
        code,
        status: 'sent',
        fromUnitId: actor.unitId,
        toUnitId: toUnit.id,
        source: dto.source ?? null,
        caseId: referred?.id ?? null,
        victimSex: dto.victim?.sex ?? null,
        victimCitizenship: dto.victim?.citizenship ?? null,
        victimBirthYear: dto.victim?.birthYear ?? null,
        exploitationForms: dto.victim?.exploitationForms ?? [],
        reason: dto.reason,
        urgency: dto.urgency,
        transnationalCountry: dto.transnational?.country ?? null,
        consentGiven: dto.consent.given,
        consentDate: dto.consent.date,
        consentRecordedBy: actor.id,
        sentBy: actor.id,
      }),
    );
    if (referred) {
      await appendCaseEvents(manager, {
        caseId: referred.id,
        kind: 'referral.sent',
        actorId: actor.id,
        refId: saved.id,
        data: { referral: code, toUnit: toUnit.code, urgency: dto.urgency },
      });
    }
    if (audit) await appendAudit(manager, actor, { action: 'referral.send', entity: 'referral', entityId: saved.id });
    return { id: saved.id, code, status: 'sent' };
  }

  async list(query: ListReferralsQuery, user: AuthUser): Promise<Page<ReferralOut>> {
    const qb = this.select(this.dataSource.manager, user);
    if (query.box && user.role !== 'monitor') {
      qb.andWhere(query.box === 'inbox' ? 'r.to_unit_id = :boxUnitId' : 'r.from_unit_id = :boxUnitId', {
        boxUnitId: user.unitId,
      });
    }
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.urgency) qb.andWhere('r.urgency = :urgency', { urgency: query.urgency });
    if (query.caseId) qb.andWhere('(r.case_id = :caseId OR r.result_case_id = :caseId)', { caseId: query.caseId });
    const [rows, count] = await Promise.all([
      qb
        .clone()
        .select(REFERRAL_COLUMNS)
        .orderBy('r.sent_at', 'DESC')
        .addOrderBy('r.id', 'DESC')
        .offset(query.skip)
        .limit(query.pageSize)
        .getRawMany<ReferralRow>(),
      qb.clone().select('count(*)::int', 'total').getRawOne<{ total: number }>(),
    ]);
    return query.toPage(
      rows.map((row) => toReferralView(row, seesReferralText(user))),
      count?.total ?? 0,
    );
  }

  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<ReferralOut> {
    const row = await this.select(manager, user)
      .select(REFERRAL_COLUMNS)
      .andWhere('r.id = :id', { id })
      .getRawOne<ReferralRow>();
    if (!row) throw referralNotFound();
    return toReferralView(row, seesReferralText(user));
  }

  /**
   * The referral as an entity, through the caller's scope (404 outside it). `lock` takes its row
   * lock first, before anything else the transaction locks (the audit chain head), so two steps on
   * one referral queue instead of deadlocking.
   */
  async findInScope(id: string, user: AuthUser, manager: EntityManager, lock = false): Promise<ReferralEntity> {
    const qb = whereReferralInScope(
      manager.getRepository(ReferralEntity).createQueryBuilder('r').where('r.id = :id', { id }),
      user,
    );
    if (lock) qb.setLock('pessimistic_write', undefined, ['r']);
    const found = await qb.getOne();
    if (!found) throw referralNotFound();
    return found;
  }

  private select(manager: EntityManager, user: AuthUser): SelectQueryBuilder<ReferralEntity> {
    const qb = manager
      .getRepository(ReferralEntity)
      .createQueryBuilder('r')
      .innerJoin('units', 'fu', 'fu.id = r.from_unit_id')
      .innerJoin('units', 'tu', 'tu.id = r.to_unit_id')
      .leftJoin('cases', 'c', 'c.id = r.case_id')
      .leftJoin('cases', 'rc', 'rc.id = r.result_case_id');
    return whereReferralInScope(qb, user);
  }
}
