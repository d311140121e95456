import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { execute, PG_EXCLUSION_VIOLATION, queryRow } from '@ibd/api/core';
import { BedEntity } from '@ibd/api/units';
import { badPlacement, bedTaken, facilityFull } from './placements.errors';

export interface AssignedBed {
  id: string;
  code: string;
}

/** How often a free bed is picked again when a concurrent admission took it between look and insert. */
const PICK_ATTEMPTS = 3;

const FREE_BED_SQL = `
  SELECT b.id, b.code
    FROM beds b
   WHERE b.unit_id = $1
     AND b.active
     AND NOT EXISTS (SELECT 1 FROM bed_assignments a
                      WHERE a.bed_id = b.id AND tstzrange(a.from_at, a.to_at) && tstzrange($2::timestamptz, NULL))
   ORDER BY b.code
   LIMIT 1
     FOR UPDATE OF b SKIP LOCKED`;

type PgError = QueryFailedError & { code?: string; constraint?: string };

/** SQLSTATE deadlock_detected. */
const PG_DEADLOCK = '40P01';

/**
 * The bed went to another stay: the exclusion constraint refused this one, or (PostgreSQL checks an
 * exclusion constraint after inserting, so two conflicting inserts can wait for each other) the
 * deadlock detector chose this transaction to give way.
 */
const isBedTaken = (error: unknown) =>
  error instanceof QueryFailedError &&
  (((error as PgError).code === PG_EXCLUSION_VIOLATION &&
    (error as PgError).constraint === 'bed_assignments_bed_overlap_excl') ||
    (error as PgError).code === PG_DEADLOCK);

/**
 * Puts a stay on a bed from a moment on, in the caller's transaction. The exclusion constraint on
 * bed_assignments is the guarantee; the row locks only keep concurrent admissions off each other's
 * beds so that each finds its own.
 */
@Injectable()
export class BedAssigner {
  /** A named bed: it must be an active bed of the facility; a taken one is a 409 from the constraint. */
  async assign(
    manager: EntityManager,
    placement: { id: string; facilityId: string },
    bedId: string,
    from: Date,
    actorId: string,
  ): Promise<AssignedBed> {
    // FOR SHARE: a bed being taken out of service (FOR UPDATE) waits for this admission, and sees it.
    const bed = await manager
      .getRepository(BedEntity)
      .findOne({ where: { id: bedId }, lock: { mode: 'pessimistic_read' } });
    if (!bed || bed.unitId !== placement.facilityId) throw badPlacement('bedId must be a bed of the facility');
    if (!bed.active) throw badPlacement('bedId names a bed that is out of service');
    try {
      await this.insert(manager, placement, bed.id, from, actorId);
    } catch (error) {
      throw isBedTaken(error) ? bedTaken() : error;
    }
    return { id: bed.id, code: bed.code };
  }

  /** Any free bed, chosen in SQL: locked rows are skipped, so concurrent admissions spread out. */
  async assignFree(
    manager: EntityManager,
    placement: { id: string; facilityId: string },
    from: Date,
    actorId: string,
  ): Promise<AssignedBed> {
    for (let attempt = 0; attempt < PICK_ATTEMPTS; attempt++) {
      const bed = await queryRow<AssignedBed>(manager, FREE_BED_SQL, [placement.facilityId, from]);
      if (!bed) throw facilityFull();
      await execute(manager, 'SAVEPOINT assign_free_bed');
      try {
        await this.insert(manager, placement, bed.id, from, actorId);
        await execute(manager, 'RELEASE SAVEPOINT assign_free_bed');
        return bed;
      } catch (error) {
        // Taken by an admission that committed after this statement's snapshot, or by one running
        // alongside (deadlock victim): look again.
        await execute(manager, 'ROLLBACK TO SAVEPOINT assign_free_bed');
        if (!isBedTaken(error)) throw error;
      }
    }
    throw facilityFull();
  }

  private async insert(
    manager: EntityManager,
    placement: { id: string; facilityId: string },
    bedId: string,
    from: Date,
    actorId: string,
  ): Promise<void> {
    await execute(
      manager,
      `INSERT INTO bed_assignments (placement_id, facility_id, bed_id, from_at, created_by) VALUES ($1, $2, $3, $4, $5)`,
      [placement.id, placement.facilityId, bedId, from, actorId],
    );
  }
}
