import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Page } from '@ibd/shared/contracts';
import { appendAudit, Actor } from '@ibd/api/audit';
import { appendCaseEvents, CaseFinder } from '@ibd/api/cases';
import type { PageQuery } from '@ibd/api/core';
import { Keyring } from '@ibd/api/identity';
import { CreateServiceRecordDto, CreateServiceTypeDto } from './dto/service.dto';
import { ServiceRecordEntity } from './service-record.entity';
import { ServiceTypeEntity } from './service-type.entity';

import type { ServiceRecordView as ServiceRecordViewOf, ServiceTypeView } from '@ibd/shared/contracts';

export type { ServiceTypeView };

/** A service record as the API holds it (points in time as Dates). */
export type ServiceRecordView = ServiceRecordViewOf<Date>;

@Injectable()
export class ServiceRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseFinder,
    private readonly keyring: Keyring,
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
    return this.dataSource.transaction(async (manager) => {
      const found = await this.cases.findOpenForChange(caseId, actor, manager);
      if (!(await manager.getRepository(ServiceTypeEntity).exists({ where: { code: dto.type, active: true } }))) {
        throw new BadRequestException(['type is not in the service catalogue']);
      }
      const repository = manager.getRepository(ServiceRecordEntity);
      const saved = repository.create({
        caseId,
        type: dto.type,
        providedAt: new Date(dto.providedAt),
        durationMinutes: dto.durationMinutes,
        staffId: actor.id,
        facilityId: found.facilityId,
        notesEnc: dto.notes ? this.keyring.encrypt(dto.notes) : null,
      });
      // insert() (not save()) skips the persistence planner; it sets the generated id and createdAt.
      await repository.insert(saved);
      await appendCaseEvents(manager, {
        caseId,
        kind: 'service.rendered',
        at: saved.providedAt,
        actorId: actor.id,
        refId: saved.id,
        data: { type: saved.type, durationMinutes: saved.durationMinutes },
      });
      await appendAudit(manager, actor, { action: 'service.create', entity: 'service_record', entityId: saved.id });
      return { ...this.view(saved), notes: dto.notes ?? null };
    });
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

  private view(record: ServiceRecordEntity): ServiceRecordView {
    const { id, caseId, type, providedAt, durationMinutes, staffId, facilityId, createdAt } = record;
    return { id, caseId, type, providedAt, durationMinutes, staffId, facilityId, createdAt };
  }
}
