import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { FACILITY_KINDS, RESIDENTIAL_KINDS, UnitKind, UnitView } from '@ibd/shared/contracts';
import { type AuthUser, queryRows } from '@ibd/api/core';
import { Actor, appendAudit } from '@ibd/api/audit';
import { BedEntity } from './bed.entity';
import { CreateBedDto, UpdateBedDto } from './dto/bed.dto';
import './units.errors';
import { UnitEntity } from './unit.entity';

export interface BedAdminView {
  id: string;
  unitId: string;
  code: string;
  label: string;
  active: boolean;
}

const toBedView = (bed: BedEntity): BedAdminView => ({
  id: bed.id,
  unitId: bed.unitId,
  code: bed.code,
  label: bed.label,
  active: bed.active,
});

/** A bed is held while a bed assignment covers now or a later moment (see bed_assignments). */
const BED_HELD_SQL = `SELECT 1 FROM bed_assignments a WHERE a.bed_id = $1 AND tstzrange(a.from_at, a.to_at) && tstzrange(now(), NULL) LIMIT 1`;

export interface FacilitySummary extends UnitView {
  capacity: number;
  /** Beds held at this moment (bed_assignments of @ibd/api/placements). */
  occupied: number;
}

const toView = (unit: UnitEntity): UnitView => ({
  id: unit.id,
  code: unit.code,
  name: unit.name,
  city: unit.city,
  kind: unit.kind,
});

@Injectable()
export class UnitsService {
  constructor(
    @InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>,
    @InjectRepository(BedEntity) private readonly bedRepository: Repository<BedEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Admin: a new bed in a residential facility; a duplicate code is a 409 from beds_unit_code_key. */
  async addBed(facilityId: string, dto: CreateBedDto, actor: Actor): Promise<BedAdminView> {
    return this.dataSource.transaction(async (manager) => {
      const facility = await manager.getRepository(UnitEntity).findOne({ where: { id: facilityId, active: true } });
      if (!facility || !this.isKind(facility, FACILITY_KINDS)) throw new NotFoundException('Facility not found');
      if (!this.isKind(facility, RESIDENTIAL_KINDS)) {
        throw new BadRequestException(['facility must be a shelter: only shelters have beds']);
      }
      const repository = manager.getRepository(BedEntity);
      const bed = await repository.save(repository.create({ unitId: facilityId, code: dto.code, label: dto.label }));
      await appendAudit(manager, actor, { action: 'bed.create', entity: 'bed', entityId: bed.id });
      return toBedView(bed);
    });
  }

  /** Admin: renames a bed or takes it in or out of service; a bed held by a stay stays in service. */
  async updateBed(bedId: string, dto: UpdateBedDto, actor: Actor): Promise<BedAdminView> {
    if (dto.label === undefined && dto.active === undefined) {
      throw new BadRequestException(['label or active must be given']);
    }
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(BedEntity);
      // The row lock keeps the automatic bed picker (FOR UPDATE SKIP LOCKED) off this bed meanwhile.
      const bed = await repository
        .createQueryBuilder('b')
        .setLock('pessimistic_write')
        .where('b.id = :bedId', { bedId })
        .getOne();
      if (!bed) throw new NotFoundException('Bed not found');
      if (
        dto.active === false &&
        bed.active &&
        (await queryRows<{ '?column?': number }>(manager, BED_HELD_SQL, [bed.id])).length > 0
      ) {
        throw new ConflictException('The bed is held by a stay: move the resident before taking it out of service');
      }
      const changes: Partial<BedEntity> = {};
      if (dto.label !== undefined) changes.label = dto.label;
      if (dto.active !== undefined) changes.active = dto.active;
      await repository.update({ id: bed.id }, changes);
      const action =
        dto.active === false && bed.active
          ? 'bed.deactivate'
          : dto.active === true && !bed.active
            ? 'bed.activate'
            : 'bed.update';
      await appendAudit(manager, actor, { action, entity: 'bed', entityId: bed.id });
      return toBedView({ ...bed, ...changes } as BedEntity);
    });
  }

  async list(): Promise<UnitView[]> {
    const units = await this.units.find({ where: { active: true }, order: { code: 'ASC' } });
    return units.map(toView);
  }

  async facilities(): Promise<FacilitySummary[]> {
    const rows: Array<UnitEntity & { capacity: string; occupied: string }> = await this.units
      .createQueryBuilder('u')
      .select(['u.id AS id', 'u.code AS code', 'u.name AS name', 'u.city AS city', 'u.kind AS kind'])
      .addSelect('(SELECT count(*) FROM beds b WHERE b.unit_id = u.id AND b.active)', 'capacity')
      .addSelect(
        '(SELECT count(*) FROM bed_assignments a WHERE a.facility_id = u.id AND tstzrange(a.from_at, a.to_at) @> now())',
        'occupied',
      )
      .where({ kind: In([...FACILITY_KINDS]), active: true })
      .orderBy('u.code')
      .getRawMany();
    return rows.map((row) => ({ ...toView(row), capacity: Number(row.capacity), occupied: Number(row.occupied) }));
  }

  async findActive(id: string): Promise<UnitEntity | null> {
    return this.units.findOne({ where: { id, active: true } });
  }

  /** The beds of a facility the caller may see: shelter staff only their own (else 404). */
  async bedBoard(facilityId: string, user: AuthUser): Promise<BedEntity[]> {
    if (user.role === 'shelter_staff' && user.unitId !== facilityId) {
      throw new NotFoundException('Facility not found');
    }
    const facility = await this.units.findOne({ where: { id: facilityId, kind: In([...FACILITY_KINDS]) } });
    if (!facility) {
      throw new NotFoundException('Facility not found');
    }
    return this.bedRepository.find({ where: { unitId: facilityId }, order: { code: 'ASC' } });
  }

  isKind(unit: UnitEntity, kinds: readonly UnitKind[]): boolean {
    return kinds.includes(unit.kind);
  }
}
