import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Page } from '@ibd/shared/contracts';
import { appendAudit, Actor, auditInsert, auditParams } from '@ibd/api/audit';
import { assertOpenForChange, CaseFinder, caseForChange } from '@ibd/api/cases';
import { PreparedReads } from '@ibd/api/core';
import type { PageQuery } from '@ibd/api/core';
import { Keyring } from '@ibd/api/identity';
import { CreateServiceRecordDto, CreateServiceTypeDto } from './dto/service.dto';
import { ServiceRecordEntity } from './service-record.entity';
import { ServiceTypeEntity } from './service-type.entity';

import type { ServiceRecordView as ServiceRecordViewOf, ServiceTypeView } from '@ibd/shared/contracts';

export type { ServiceTypeView };

/** A service record as the API holds it (points in time as Dates). */
export type ServiceRecordView = ServiceRecordViewOf<Date>;

/**
 * A service rendered, as one statement and so one transaction and one round trip: the case (in
 * scope, share locked so that it cannot close meanwhile), the catalogue check, the record, its
 * timeline event and its audit entry. Nothing is written unless the case is open and the type is
 * in the catalogue; the row says which check failed.
 */
const recordSql = (target: string) => `
  WITH target AS (${target}),
       kind AS (SELECT code FROM service_types WHERE code = :type AND active),
       record AS (
         INSERT INTO service_records (case_id, type, provided_at, duration_minutes, staff_id, facility_id, notes_enc)
         SELECT t.id, k.code, :providedAt::timestamptz, :durationMinutes::int, :staffId::uuid, t.facility_id, :notesEnc::text
           FROM target t, kind k WHERE t.status <> 'closed'
         RETURNING id, case_id AS "caseId", type, provided_at AS "providedAt", duration_minutes AS "durationMinutes",
                   staff_id AS "staffId", facility_id AS "facilityId", created_at AS "createdAt"),
       event AS (
         INSERT INTO case_events (case_id, at, kind, actor_id, ref_id, data)
         SELECT r."caseId", r."providedAt", 'service.rendered', :staffId::uuid, r.id,
                jsonb_build_object('type', r.type, 'durationMinutes', r."durationMinutes")
           FROM record r),
       audit AS (${auditInsert('record', 'record.id::text')})
  SELECT t.status, EXISTS (SELECT FROM kind) AS "knownType", r.*
    FROM (VALUES (true)) AS one LEFT JOIN target t ON true LEFT JOIN record r ON true`;

@Injectable()
export class ServiceRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseFinder,
    private readonly keyring: Keyring,
    private readonly statements: PreparedReads,
  ) {}

  async types(): Promise<ServiceTypeView[]> {
    const types = await this.dataSource
      .getRepository(ServiceTypeEntity)
      .find({ where: { active: true }, order: { createdAt: 'ASC', code: 'ASC' } });
    return types.map(({ code, nameBg, nameEn }) => ({ code, nameBg, nameEn }));
  }

  async createType(dto: CreateServiceTypeDto, actor: Actor): Promise<ServiceTypeView> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ServiceTypeEntity);
      if (await repository.exists({ where: { code: dto.code } }))
        throw new ConflictException('A service type with this code already exists');
      await repository.insert(dto);
      await appendAudit(manager, actor, { action: 'service_type.create', entity: 'service_type', entityId: dto.code });
      return { code: dto.code, nameBg: dto.nameBg, nameEn: dto.nameEn };
    });
  }

  async record(caseId: string, dto: CreateServiceRecordDto, actor: Actor): Promise<ServiceRecordView> {
    const target = caseForChange(actor);
    const [row] = await this.statements.rows<ServiceRecordView & { status: string | null; knownType: boolean }>(
      recordSql(target.sql),
      {
        ...target.params,
        ...auditParams(actor, { action: 'service.create', entity: 'service_record' }),
        caseId,
        type: dto.type,
        providedAt: new Date(dto.providedAt),
        durationMinutes: dto.durationMinutes,
        staffId: actor.id,
        notesEnc: dto.notes ? this.keyring.encrypt(dto.notes) : null,
      },
    );
    assertOpenForChange(row.status);
    if (!row.knownType) throw new BadRequestException(['type is not in the service catalogue']);
    return { ...this.view(row), notes: dto.notes ?? null };
  }

  /** Newest first; staff read the notes (an audited read), monitors see the log without them. */
  async list(caseId: string, query: PageQuery, actor: Actor): Promise<Page<ServiceRecordView>> {
    return this.dataSource.transaction(async (manager) => {
      await this.cases.findInScope(caseId, actor, manager);
      const [records, total] = await manager.getRepository(ServiceRecordEntity).findAndCount({
        where: { caseId },
        order: { providedAt: 'DESC', id: 'DESC' },
        skip: query.skip,
        take: query.pageSize,
      });
      const withNotes = actor.role === 'shelter_staff';
      if (withNotes && records.some((record) => record.notesEnc)) {
        await appendAudit(manager, actor, { action: 'case.services.read', entity: 'case', entityId: caseId });
      }
      const items = records.map((record) =>
        withNotes
          ? { ...this.view(record), notes: record.notesEnc ? this.keyring.decrypt(record.notesEnc) : null }
          : this.view(record),
      );
      return query.toPage(items, total);
    });
  }

  private view(record: ServiceRecordView): ServiceRecordView {
    const { id, caseId, type, providedAt, durationMinutes, staffId, facilityId, createdAt } = record;
    return { id, caseId, type, providedAt, durationMinutes, staffId, facilityId, createdAt };
  }
}
