import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { CASE_CODE_PATTERN, CaseStatus, Page, VICTIM_CODE_PATTERN } from '@ibd/shared/contracts';
import { appendAudit, Actor } from '@ibd/api/audit';
import type { AuthUser } from '@ibd/api/core';
import { UnitEntity } from '@ibd/api/units';
import {
  addYears,
  BirthInfo,
  nextNumber,
  todayInSofia,
  VictimEntity,
  VictimsService,
  yearInSofia,
} from '@ibd/api/victims';
import { CaseEntity } from './case.entity';
import { CaseFinder } from './case-finder';
import { datesBeforeBirth, isChildAt, isTransnational, reflectionEnd } from './case-rules';
import { whereCaseInScope } from './case-scope';
import { CaseTasksService } from './case-tasks.service';
import { CASE_DETAIL_COLUMNS, CASE_LIST_COLUMNS, CaseListItem, CaseView, TASKS_JSON } from './case-views';
import { badDates, caseNotFound, illegalTransition, otherFacility } from './cases.errors';
import { CloseCaseDto, CreateCaseDto, UpdateCaseDto } from './dto/case.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { LegalTermsService } from './terms/legal-terms.service';
import { appendCaseEvents } from './timeline/case-events';

type Transition = 'activate' | 'close' | 'reopen';

/** Which statuses each transition starts from and leads to: open → active → closed, closed → active. */
const TRANSITIONS: Record<Transition, { from: CaseStatus[]; to: CaseStatus; participle: string }> = {
  activate: { from: ['open'], to: 'active', participle: 'activated' },
  close: { from: ['open', 'active'], to: 'closed', participle: 'closed' },
  reopen: { from: ['closed'], to: 'active', participle: 'reopened' },
};

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly finder: CaseFinder,
    private readonly victims: VictimsService,
    private readonly terms: LegalTermsService,
    private readonly tasks: CaseTasksService,
  ) {}

  async create(dto: CreateCaseDto, actor: Actor): Promise<{ id: string; code: string; status: CaseStatus }> {
    const facilityId = dto.facilityId ?? actor.unitId;
    if (facilityId !== actor.unitId) throw otherFacility();
    return this.dataSource.transaction(async (manager) => {
      const victim = await this.victims.findInScope(dto.victimId, actor, manager);
      return this.openCase(manager, victim, { ...dto, facilityId }, actor);
    });
  }

  /**
   * Opens a case for a victim at a facility in the caller's transaction, without a scope check:
   * the caller has done it (POST /cases above; an accepted referral, issue 4).
   */
  async openCase(
    manager: EntityManager,
    victim: VictimEntity,
    dto: CreateCaseDto & { facilityId: string },
    actor: Actor,
  ): Promise<{ id: string; code: string; status: CaseStatus }> {
    const facilityId = dto.facilityId;
    const birth = this.victims.birthInfo(victim);
    this.assertDates(birth, dto.identifiedAt, dto.formalIdentifiedAt, dto.formalIdentifiedBy);
    const terms = await this.terms.read(manager);
    const child = isChildAt(birth, dto.identifiedAt);
    const { victimId: _victimId, facilityId: _facilityId, ...details } = dto;
    const recruitmentCountries = dto.recruitmentCountries ?? [];
    const exploitationCountries = dto.exploitationCountries ?? [];
    const repository = manager.getRepository(CaseEntity);
    const created = await repository.save(
      repository.create({
        ...details,
        code: await this.nextCode(manager, facilityId),
        victimId: victim.id,
        facilityId,
        status: 'open',
        recruitmentCountries,
        exploitationCountries,
        transnational: dto.transnational ?? isTransnational([...recruitmentCountries, ...exploitationCountries]),
        child,
        reflectionEndsOn: reflectionEnd(child, dto.formalIdentifiedAt, terms.reflection_days),
        createdBy: actor.id,
      }),
    );
    await appendCaseEvents(manager, {
      caseId: created.id,
      kind: 'case.opened',
      actorId: actor.id,
      data: { status: 'open', child },
    });
    if (child)
      await this.tasks.createChildNotifications(
        manager,
        created.id,
        dto.identifiedAt,
        terms.child_notification_hours,
        actor.id,
      );
    await appendAudit(manager, actor, { action: 'case.create', entity: 'case', entityId: created.id });
    return { id: created.id, code: created.code, status: created.status };
  }

  async list(query: ListCasesQuery, user: AuthUser): Promise<Page<CaseListItem>> {
    const qb = this.filtered(this.scopedCases(this.dataSource.manager, user), query);
    const [items, total] = await Promise.all([
      this.withCodes(qb.clone())
        .select(CASE_LIST_COLUMNS)
        .orderBy('c.opened_at', 'DESC')
        .addOrderBy('c.id', 'DESC')
        .offset(query.skip)
        .limit(query.pageSize)
        .getRawMany<CaseListItem>(),
      qb.clone().select('count(*)::int', 'total').getRawOne<{ total: number }>(),
    ]);
    return query.toPage(items, total?.total ?? 0);
  }

  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<CaseView> {
    const found = await this.withCodes(this.scopedCases(manager, user))
      .select(CASE_DETAIL_COLUMNS)
      .addSelect(TASKS_JSON, 'tasks')
      .andWhere('c.id = :id', { id })
      .getRawOne<CaseView>();
    if (!found) throw caseNotFound();
    return found;
  }

  async update(id: string, dto: UpdateCaseDto, actor: Actor): Promise<CaseView> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.finder.findOpenForChange(id, actor, manager, 'write');
      const next = { ...current, ...dto };
      const birth = this.victims.birthInfo(await this.victims.findInScope(current.victimId, actor, manager));
      this.assertDates(birth, next.identifiedAt, next.formalIdentifiedAt, next.formalIdentifiedBy);
      const terms = await this.terms.read(manager);
      const child = isChildAt(birth, next.identifiedAt);
      const countriesChanged = dto.recruitmentCountries !== undefined || dto.exploitationCountries !== undefined;
      const transnational =
        dto.transnational ??
        (countriesChanged
          ? isTransnational([...next.recruitmentCountries, ...next.exploitationCountries])
          : current.transnational);
      await manager.getRepository(CaseEntity).update(id, {
        ...dto,
        transnational,
        child,
        reflectionEndsOn: reflectionEnd(child, next.formalIdentifiedAt, terms.reflection_days),
      });
      await appendCaseEvents(manager, {
        caseId: id,
        kind: 'case.updated',
        actorId: actor.id,
        data: { fields: Object.keys(dto) },
      });
      if (child)
        await this.tasks.createChildNotifications(
          manager,
          id,
          next.identifiedAt,
          terms.child_notification_hours,
          actor.id,
        );
      await appendAudit(manager, actor, { action: 'case.update', entity: 'case', entityId: id });
      return this.get(id, actor, manager);
    });
  }

  activate(id: string, actor: Actor): Promise<CaseView> {
    return this.transition(id, actor, 'activate', () => ({ activatedAt: new Date() }));
  }

  close(id: string, dto: CloseCaseDto, actor: Actor): Promise<CaseView> {
    return this.transition(
      id,
      actor,
      'close',
      (years) => ({
        closedAt: new Date(),
        closureReason: dto.reason,
        retentionUntil: addYears(todayInSofia(), years),
      }),
      { reason: dto.reason },
    );
  }

  reopen(id: string, actor: Actor): Promise<CaseView> {
    return this.transition(id, actor, 'reopen', () => ({ closedAt: null, closureReason: null, retentionUntil: null }));
  }

  /** A status change under the row lock, so two concurrent changes cannot both pass the check. */
  private async transition(
    id: string,
    actor: Actor,
    name: Transition,
    changes: (retentionYears: number) => Partial<CaseEntity>,
    data: Record<string, string> = {},
  ): Promise<CaseView> {
    const { from, to, participle } = TRANSITIONS[name];
    return this.dataSource.transaction(async (manager) => {
      const current = await this.finder.findInScope(id, actor, manager, 'write');
      if (!from.includes(current.status)) throw illegalTransition(current.status, participle);
      const { retention_years } = await this.terms.read(manager);
      await manager.getRepository(CaseEntity).update(id, { status: to, ...changes(retention_years) });
      await appendCaseEvents(manager, {
        caseId: id,
        kind: `case.${participle}`,
        actorId: actor.id,
        data: { from: current.status, to, ...data },
      });
      await appendAudit(manager, actor, { action: `case.${name}`, entity: 'case', entityId: id });
      return this.get(id, actor, manager);
    });
  }

  private scopedCases(manager: EntityManager, user: AuthUser): SelectQueryBuilder<CaseEntity> {
    return whereCaseInScope(manager.getRepository(CaseEntity).createQueryBuilder('c'), user);
  }

  /** The victim's and the facility's codes, for output only: filters never need the join. */
  private withCodes(qb: SelectQueryBuilder<CaseEntity>): SelectQueryBuilder<CaseEntity> {
    return qb.innerJoin('victims', 'v', 'v.id = c.victim_id').innerJoin('units', 'u', 'u.id = c.facility_id');
  }

  private filtered(qb: SelectQueryBuilder<CaseEntity>, query: ListCasesQuery): SelectQueryBuilder<CaseEntity> {
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.facilityId) qb.andWhere('c.facility_id = :facilityId', { facilityId: query.facilityId });
    if (query.child !== undefined) qb.andWhere('c.child = :child', { child: query.child });
    if (query.identifiedFrom)
      qb.andWhere('c.identified_at >= :identifiedFrom', { identifiedFrom: query.identifiedFrom });
    if (query.identifiedTo) qb.andWhere('c.identified_at <= :identifiedTo', { identifiedTo: query.identifiedTo });
    if (query.exploitationForm) qb.andWhere(':form = ANY(c.exploitation_forms)', { form: query.exploitationForm });
    if (query.q) this.search(qb, query.q.trim());
    return qb;
  }

  /** Codes match exactly; anything else through the blind indexes (never LIKE: there is no plaintext). */
  private search(qb: SelectQueryBuilder<CaseEntity>, term: string): void {
    const code = term.toUpperCase();
    if (CASE_CODE_PATTERN.test(code)) {
      qb.andWhere('c.code = :code', { code });
    } else if (VICTIM_CODE_PATTERN.test(code)) {
      qb.andWhere('c.victim_id IN (SELECT sv.id FROM victims sv WHERE sv.code = :code)', { code });
    } else {
      const keys = this.victims.searchKeys(term);
      qb.andWhere(
        'c.victim_id IN (SELECT sv.id FROM victims sv WHERE sv.pn_index = :pnIndex OR sv.name_index = :nameIndex)',
        keys,
      );
    }
  }

  /** `SOF-SHELTER-2026-0007`: numbered per facility and year by a locked counter row. */
  private async nextCode(manager: EntityManager, facilityId: string): Promise<string> {
    const facility = await manager.getRepository(UnitEntity).findOneOrFail({ where: { id: facilityId } });
    const year = yearInSofia();
    const number = await nextNumber(manager, `case:${facility.id}`, year);
    return `${facility.code}-${year}-${String(number).padStart(4, '0')}`;
  }

  private assertDates(
    birth: BirthInfo,
    identifiedAt: string,
    formalIdentifiedAt?: string | null,
    formalIdentifiedBy?: string | null,
  ): void {
    const problems = datesBeforeBirth(birth, { identifiedAt, formalIdentifiedAt });
    if (Boolean(formalIdentifiedAt) !== Boolean(formalIdentifiedBy)) {
      problems.push('formalIdentifiedAt and formalIdentifiedBy must be given together');
    }
    if (problems.length > 0) throw badDates(problems);
  }
}
