import type { DataSource, EntityManager } from 'typeorm';
import { execute, queryRows } from '@ibd/api/core';
import type { Keyring } from './keyring';

/** By convention every encrypted column is named `*_enc` and lives in a table keyed by `id`. */
const ENCRYPTED_COLUMNS_SQL = `
  SELECT c.table_name AS "table", c.column_name AS "column", k.udt_name AS "idType"
    FROM information_schema.columns c
    JOIN information_schema.columns k ON k.table_schema = c.table_schema AND k.table_name = c.table_name AND k.column_name = 'id'
   WHERE c.table_schema = current_schema() AND c.column_name LIKE '%\\_enc'
   ORDER BY 1, 2`;

export interface EncryptedColumn {
  table: string;
  column: string;
  /** The type of the table's `id` (uuid, int8, ...), so a batch finds its rows by index. */
  idType: string;
}

export interface RotatedColumn extends EncryptedColumn {
  rotated: number;
}

/** Called inside each batch's transaction, so the audit entry commits with the change. */
export type RotationAudit = (manager: EntityManager, column: EncryptedColumn, count: number) => Promise<void>;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function encryptedColumns(dataSource: DataSource): Promise<EncryptedColumn[]> {
  return queryRows<EncryptedColumn>(dataSource, ENCRYPTED_COLUMNS_SQL);
}

/**
 * Re-encrypts every value not under the keyring's active key, in batches of locked rows. Values
 * under the active key are left alone, so the command can be run again after an interruption.
 */
export async function rotateEncryptedValues(
  dataSource: DataSource,
  keyring: Keyring,
  audit: RotationAudit,
  batchSize = 500,
): Promise<RotatedColumn[]> {
  const results: RotatedColumn[] = [];
  for (const target of await encryptedColumns(dataSource)) {
    const [table, column, idType] = [quote(target.table), quote(target.column), quote(target.idType)];
    let rotated = 0;
    for (;;) {
      const count = await dataSource.transaction(async (manager) => {
        const rows = await queryRows<{ id: string; value: string }>(
          manager,
          `SELECT id, ${column} AS value FROM ${table}
            WHERE ${column} IS NOT NULL AND split_part(${column}, ':', 1) <> $1
            ORDER BY id LIMIT $2 FOR UPDATE`,
          [keyring.activeKeyId, batchSize],
        );
        if (rows.length === 0) return 0;
        await execute(
          manager,
          `UPDATE ${table} t SET ${column} = v.value FROM unnest($1::${idType}[], $2::text[]) AS v(id, value) WHERE t.id = v.id`,
          [rows.map((row) => row.id), rows.map((row) => keyring.encrypt(keyring.decrypt(row.value)))],
        );
        await audit(manager, target, rows.length);
        return rows.length;
      });
      rotated += count;
      if (count < batchSize) break;
    }
    results.push({ ...target, rotated });
  }
  return results;
}
