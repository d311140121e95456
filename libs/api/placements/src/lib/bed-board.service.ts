import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BedBoardEntry, BedOccupant } from '@ibd/shared/contracts';
import { type AuthUser, queryRows } from '@ibd/api/core';
import { UnitsService } from '@ibd/api/units';
import { SOFIA_TODAY_SQL } from './placement-views';

interface OccupantRow extends BedOccupant {
  bedId: string;
}

/** Who holds each bed now: the assignment whose range contains this moment. */
const OCCUPANTS_SQL = `
  SELECT a.bed_id AS "bedId", c.code AS "caseCode", p.id AS "placementId", a.from_at AS "since",
         p.admitted_at AS "admittedAt", p.stay_limit_date::text AS "stayLimitDate",
         p.stay_limit_date - ${SOFIA_TODAY_SQL} AS "daysLeft",
         p.stay_limit_date <= ${SOFIA_TODAY_SQL} + (SELECT value FROM alert_settings WHERE key = 'term_ending_days') AS "endingSoon"
    FROM bed_assignments a
    JOIN placements p ON p.id = a.placement_id
    JOIN cases c ON c.id = p.case_id
   WHERE a.facility_id = $1 AND tstzrange(a.from_at, a.to_at) @> now()`;

/** The bed board of a facility (api.md): each bed, who holds it (case code), since when, days left. */
@Injectable()
export class BedBoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: UnitsService,
  ) {}

  async board(facilityId: string, user: AuthUser): Promise<BedBoardEntry[]> {
    const beds = await this.units.bedBoard(facilityId, user);
    const rows = await queryRows<OccupantRow>(this.dataSource, OCCUPANTS_SQL, [facilityId]);
    const byBed = new Map(rows.map(({ bedId, ...occupant }) => [bedId, occupant]));
    // Admins manage the beds but see no case data: whether a bed is taken, not by whom.
    const showsOccupant = user.role !== 'admin';
    return beds.map(({ id, code, label, active }) => ({
      id,
      code,
      label,
      active,
      occupied: byBed.has(id),
      ...(showsOccupant ? { occupiedBy: byBed.get(id) ?? null } : {}),
    }));
  }
}
