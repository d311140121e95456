import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { appendAudit, SYSTEM_ACTOR } from '@ibd/api/audit';
import { AppConfig, loadConfig, typeOrmBaseOptions } from '@ibd/api/core';
import { BlindIndex, Keyring, rotateEncryptedValues } from '@ibd/api/identity';
import { rebuildVictimIndexes } from '@ibd/api/victims';

/**
 * `npm run keys:rotate`: re-encrypts every `*_enc` value under IDENTITY_ACTIVE_KEY, then recomputes
 * the blind indexes under BLIND_INDEX_KEY. Identity keys: add the new key to IDENTITY_KEYS, make it
 * active, restart the API (it reads both), run this, then drop the old key. Blind-index key: set the
 * new BLIND_INDEX_KEY and the old one as BLIND_INDEX_PREVIOUS_KEY, restart the API (searches look
 * under both), run this, then remove BLIND_INDEX_PREVIOUS_KEY. Each batch commits with its audit
 * entry; running it again continues where it stopped.
 */
async function main(): Promise<void> {
  const config = loadConfig(AppConfig);
  const keyring = Keyring.parse(config.IDENTITY_KEYS, config.IDENTITY_ACTIVE_KEY);
  const dataSource = await new DataSource(typeOrmBaseOptions(config)).initialize();
  try {
    const results = await rotateEncryptedValues(dataSource, keyring, (manager, column) =>
      appendAudit(manager, SYSTEM_ACTOR, {
        action: 'keys.rotate',
        entity: column.table,
        entityId: keyring.activeKeyId,
      }),
    );
    for (const { table, column, rotated } of results) {
      process.stdout.write(`${table}.${column}: ${rotated} value(s) re-encrypted under ${keyring.activeKeyId}\n`);
    }
    const blindIndex = new BlindIndex(Buffer.from(config.BLIND_INDEX_KEY, 'base64'));
    const rebuilt = await rebuildVictimIndexes(dataSource, keyring, blindIndex, (manager) =>
      appendAudit(manager, SYSTEM_ACTOR, { action: 'keys.rotate_blind_index', entity: 'victims', entityId: null }),
    );
    process.stdout.write(`victims: blind indexes of ${rebuilt} person(s) recomputed under BLIND_INDEX_KEY\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`Key rotation failed: ${error.message}\n`);
  process.exit(1);
});
