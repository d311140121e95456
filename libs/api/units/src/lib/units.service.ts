import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { FACILITY_KINDS, UnitKind, UnitView } from '@ibd/shared/contracts';
import type { AuthUser } from '@ibd/api/core';
import { BedEntity } from './bed.entity';
import { UnitEntity } from './unit.entity';

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
  ) {}

  async list(): Promise<UnitView[]> {
    const units = await this.units.find({ where: { active: true }, order: { code: 'ASC' } });
    return units.map(toView);
  }

  async facilities(): Promise<FacilitySummary[]> {
    const rows: Array<UnitEntity & { capacity: string; occupied: string }> = await this.units
      .createQueryBuilder('u')
      .select(['u.id AS id', 'u.code AS code', 'u.name AS name', 'u.city AS city', 'u.kind AS kind'])
      .addSelect('(SELECT count(*) FROM beds b WHERE b.unit_id = u.id AND b.active)', 'capacity')
      .addSelect('(SELECT count(*) FROM bed_assignments a WHERE a.facility_id = u.id AND tstzrange(a.from_at, a.to_at) @> now())', 'occupied')
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
