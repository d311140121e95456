import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CASE_CODE_PATTERN, CaseStatus, Page, VICTIM_CODE_PATTERN } from '@ibd/shared/contracts';
import { appendAudit, Actor } from '@ibd/api/audit';
import { addYears, nextNumber, PreparedReads, todayInSofia, yearInSofia } from '@ibd/api/core';
import type { AuthUser } from '@ibd/api/core';
import { UnitEntity } from '@ibd/api/units';
import { BirthInfo, VictimEntity, VictimsService } from '@ibd/api/victims';
import { CaseEntity } from './case.entity';
import { CaseFinder } from './case-finder';
import { datesBeforeBirth, isChildAt, isTransnational, reflectionEnd } from './case-rules';
import { caseScope } from './case-scope';
import { CaseTasksService } from './case-tasks.service';
import { CASE_DETAIL_SELECT, CASE_LIST_SELECT, CaseListItem, CaseView, TASKS_JSON, WITH_CODES } from './case-views';
import { badDates, caseNotFound, illegalTransition, otherFacility } from './cases.errors';
import { CaseDetailsDto, CloseCaseDto, CreateCaseDto, UpdateCaseDto } from './dto/case.dto';
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

/**
 * Whether the list's conditions are on facility and status only (the scope of shelter staff and
 * monitors, the status and facility filters): then case_counts, kept by the database, holds the
 * total, with the same columns under the same alias.
 */
function countedByFacilityAndStatus(query: ListCasesQuery, user: AuthUser): boolean {
  const { child, identifiedFrom, identifiedTo, exploitationForm, q } = query;
  const onlyFacilityAndStatus = [child, identifiedFrom, identifiedTo, exploitationForm, q].every(
    (v) => v === undefined,
  );
  return onlyFacilityAndStatus && (user.role === 'shelter_staff' || user.role === 'monitor');
}

/** The columns of a case's details: the consent object becomes its three columns. */
function caseColumns<T extends Partial<CaseDetailsDto>>({ transnationalConsent: consent, ...details }: T) {
  if (!consent) return details;
  return {
    ...details,
    trmConsentGiven: consent.given,
    trmConsentDate: consent.given ? (consent.date ?? null) : null,
    trmConsentIdentity: consent.given && (consent.includesIdentity ?? false),
  };
}

/**
 * What opening a case takes: the request's details, or an accepted referral's, which may bring the
 * assistance received before and the sender's determination of a minor (an imported HTCDS record).
 */
export type OpenCaseDetails = CreateCaseDto & { facilityId: string; assistanceBefore?: string[]; child?: boolean };

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly finder: CaseFinder,
    private readonly victims: VictimsService,
    private readonly terms: LegalTermsService,
    private readonly tasks: CaseTasksService,
    private readonly reads: PreparedReads,
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
   * the caller has done it (POST /cases above; an accepted referral).
   */
  async openCase(
    manager: EntityManager,
    victim: VictimEntity,
    dto: OpenCaseDetails,
    actor: Actor,
  ): Promise<{ id: string; code: string; status: CaseStatus }> {
    const facilityId = dto.facilityId;
    const birth = this.victims.birthInfo(victim);
    this.assertDates(birth, dto.identifiedAt, dto.formalIdentifiedAt, dto.formalIdentifiedBy);
    const terms = await this.terms.read(manager);
    const child = dto.child ?? isChildAt(birth, dto.identifiedAt);
    const { victimId: _victimId, facilityId: _facilityId, child: _child, ...details } = dto;
    const recruitmentCountries = dto.recruitmentCountries ?? [];
    const exploitationCountries = dto.exploitationCountries ?? [];
    const repository = manager.getRepository(CaseEntity);
    const created = await repository.save(
      repository.create({
        ...caseColumns(details),
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
    const scope = caseScope(user);
    const filter = this.filter(query);
    const where = [scope.where, ...filter.conditions].join(' AND ');
    const params = { ...scope.params, ...filter.params, skip: query.skip, take: query.pageSize };
    // One round trip: the count, joined to the page.
    const total = countedByFacilityAndStatus(query, user)
      ? `SELECT coalesce(sum(c.n), 0)::int AS total FROM case_counts c WHERE ${where}`
      : `SELECT count(*)::int AS total FROM cases c WHERE ${where}`;
    // A page past the end is one row of nulls besides the count.
    const rows = await this.reads.rows<{ total: number } & (CaseListItem | { id: null })>(
      `SELECT t.total, p.* FROM (${total}) t
         LEFT JOIN (SELECT ${CASE_LIST_SELECT} FROM cases c ${WITH_CODES} WHERE ${where}
                     ORDER BY c.opened_at DESC, c.id DESC OFFSET :skip LIMIT :take) p ON true
        ORDER BY p."openedAt" DESC, p.id DESC`,
      params,
    );
    const items = rows.filter((row) => row.id !== null).map(({ total: _total, ...item }) => item);
    return query.toPage(items, rows[0].total);
  }

  async get(id: string, user: AuthUser, manager?: EntityManager): Promise<CaseView> {
    const scope = caseScope(user);
    const found = (
      await this.reads.rows<CaseView>(
        `SELECT ${CASE_DETAIL_SELECT}, ${TASKS_JSON} AS "tasks" FROM cases c ${WITH_CODES}
        WHERE c.id = :id AND ${scope.where}`,
        { ...scope.params, id },
        manager,
      )
    ).at(0);
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
        ...caseColumns(dto),
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

  /** The list's filters as conditions on alias `c` with named parameters. */
  private filter(query: ListCasesQuery): { conditions: string[]; params: Record<string, unknown> } {
    const conditions: string[] = [];
    const params: Record<string, unknown> = {};
    const add = (condition: string, values: Record<string, unknown>) => {
      conditions.push(condition);
      Object.assign(params, values);
    };
    if (query.status) add('c.status = :status', { status: query.status });
    if (query.facilityId) add('c.facility_id = :facilityId', { facilityId: query.facilityId });
    if (query.child !== undefined) add('c.child = :child', { child: query.child });
    if (query.identifiedFrom) add('c.identified_at >= :identifiedFrom', { identifiedFrom: query.identifiedFrom });
    if (query.identifiedTo) add('c.identified_at <= :identifiedTo', { identifiedTo: query.identifiedTo });
    if (query.exploitationForm) add(':form = ANY(c.exploitation_forms)', { form: query.exploitationForm });
    if (query.q) add(...this.search(query.q.trim()));
    return { conditions, params };
  }

  /** Codes match exactly; anything else through the blind indexes (never LIKE: there is no plaintext). */
  private search(term: string): [string, Record<string, unknown>] {
    const code = term.toUpperCase();
    if (CASE_CODE_PATTERN.test(code)) return ['c.code = :code', { code }];
    if (VICTIM_CODE_PATTERN.test(code))
      return ['c.victim_id IN (SELECT sv.id FROM victims sv WHERE sv.code = :code)', { code }];
    return [
      'c.victim_id IN (SELECT sv.id FROM victims sv WHERE sv.pn_index = ANY(:pnIndexes) OR sv.name_index = ANY(:nameIndexes))',
      { ...this.victims.searchKeys(term) },
    ];
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
