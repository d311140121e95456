import type { DataSource, EntityManager } from 'typeorm';
import type { BlindIndex, Keyring } from '@ibd/api/identity';
import { execute, queryRows } from '@ibd/api/core';
import type { VictimIdentity } from './victim-identity';

/** The blind indexes stored with a victim, so that encrypted identity can be found exactly. */
export interface VictimIndexes {
  pnIndex: string | null;
  nameIndex: string;
  nameDobIndex: string | null;
}

type IndexedIdentity = Pick<VictimIdentity, 'firstName' | 'lastName' | 'personalNumber' | 'dateOfBirth'>;

export function victimIndexes(index: BlindIndex, identity: Partial<IndexedIdentity>): VictimIndexes {
  const { firstName = '', lastName = '', personalNumber, dateOfBirth } = identity;
  return {
    pnIndex: personalNumber ? index.personalNumber(personalNumber) : null,
    nameIndex: index.name(firstName, lastName),
    nameDobIndex: dateOfBirth ? index.nameAndBirthDate(firstName, lastName, dateOfBirth) : null,
  };
}

/** Called inside each batch's transaction, so the audit entry commits with the change. */
export type IndexRebuildAudit = (manager: EntityManager, count: number) => Promise<void>;

/**
 * Recomputes every victim's blind indexes under the active BLIND_INDEX_KEY from the decrypted
 * identity, in batches of locked rows in id order; only rows whose indexes change are written, so
 * a second run writes nothing and an interrupted run can simply be started again. Returns how many
 * victims were rewritten.
 */
export async function rebuildVictimIndexes(
  dataSource: DataSource,
  keyring: Keyring,
  index: BlindIndex,
  audit: IndexRebuildAudit,
  batchSize = 500,
): Promise<number> {
  let rewritten = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const [seen, changed] = await dataSource.transaction(async (manager) => {
      const rows = await queryRows<{ id: string; identity: string } & VictimIndexes>(
        manager,
        `SELECT id, identity_enc AS identity, pn_index AS "pnIndex", name_index AS "nameIndex", name_dob_index AS "nameDobIndex"
           FROM victims WHERE id > $1 ORDER BY id LIMIT $2 FOR UPDATE`,
        [after, batchSize],
      );
      const updates = rows
        .map((row) => ({ id: row.id, stored: row, next: victimIndexes(index, keyring.decryptJson(row.identity)) }))
        .filter(({ stored, next }) =>
          (Object.keys(next) as Array<keyof VictimIndexes>).some((k) => stored[k] !== next[k]),
        );
      if (updates.length > 0) {
        await execute(
          manager,
          `UPDATE victims v SET pn_index = u.pn, name_index = u.name, name_dob_index = u.name_dob
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS u(id, pn, name, name_dob) WHERE v.id = u.id`,
          [
            updates.map((u) => u.id),
            updates.map((u) => u.next.pnIndex),
            updates.map((u) => u.next.nameIndex),
            updates.map((u) => u.next.nameDobIndex),
          ],
        );
        await audit(manager, updates.length);
      }
      if (rows.length > 0) after = rows[rows.length - 1].id;
      return [rows.length, updates.length];
    });
    rewritten += changed;
    if (seen < batchSize) return rewritten;
  }
}
