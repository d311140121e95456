import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAudit, SYSTEM_ACTOR } from '@ibd/api/audit';
import { BlindIndex, Keyring } from '@ibd/api/identity';
import { queryRows } from '@ibd/api/core';
import { STATISTICS_TIME_ZONE } from '../period/statistics-period';

const BATCH_SIZE = 500;

/** What an anonymised person's identity decrypts to: no name, nothing else. */
export const ANONYMISED_IDENTITY = { firstName: '', lastName: '' } as const;

/**
 * Persons with at least one case whose every case is closed and past its retention date (Sofia),
 * not anonymised yet (their name index is none of the anonymised ones: under the active key, and
 * during a blind-index key rotation under the previous key too), locked in batches. Identity
 * becomes the ciphertext of an empty identity, under the active key (so key rotation and every
 * read keep working), and the blind indexes go: the person can no longer be found by name or
 * personal number. Sex, birth year, citizenship and the cases stay for statistics.
 */
const ANONYMISE = `
  WITH due AS (
    SELECT v.id FROM victims v
     WHERE v.name_index <> ALL($5::text[])
       AND EXISTS (SELECT 1 FROM cases c WHERE c.victim_id = v.id)
       AND NOT EXISTS (SELECT 1 FROM cases c
                        WHERE c.victim_id = v.id
                          AND (c.status <> 'closed' OR c.retention_until >= (now() AT TIME ZONE $2)::date))
     ORDER BY v.id
     LIMIT $3
       FOR UPDATE OF v SKIP LOCKED)
  UPDATE victims v
     SET identity_enc = $4, pn_index = NULL, name_index = $1, name_dob_index = NULL, updated_at = now()
    FROM due
   WHERE v.id = due.id
  RETURNING v.id`;

/**
 * The nightly retention job (docs/statistics.md, "Retention"). Idempotent: an anonymised person
 * is not selected again, and each batch commits with its audit entries or not at all.
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keyring: Keyring,
    private readonly blindIndex: BlindIndex,
  ) {}

  /** Anonymises every person due; returns how many. */
  async anonymiseExpired(): Promise<number> {
    const identity = this.keyring.encryptJson(ANONYMISED_IDENTITY);
    // The index every anonymised person has, which no real name produces.
    const [marker, ...previousMarker] = this.blindIndex.lookups((index) =>
      index.name(ANONYMISED_IDENTITY.firstName, ANONYMISED_IDENTITY.lastName),
    );
    let total = 0;
    for (;;) {
      const count = await this.dataSource.transaction(async (manager) => {
        const rows = await queryRows<{ id: string }>(manager, ANONYMISE, [
          marker,
          STATISTICS_TIME_ZONE,
          BATCH_SIZE,
          identity,
          [marker, ...previousMarker],
        ]);
        for (const { id } of rows) {
          await appendAudit(manager, SYSTEM_ACTOR, { action: 'victim.anonymise', entity: 'victim', entityId: id });
        }
        return rows.length;
      });
      total += count;
      if (count < BATCH_SIZE) {
        return total;
      }
    }
  }
}
