import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchExchange } from './exchange';

/**
 * `npm run bench:interchange`: the HTCDS exchange (export and import of 10,000 cases), then the
 * record-level data set for auditors when its part (record-level.ts, exporting `benchRecordLevel`)
 * is present. Run it under `flock` on a shared machine; each part prints the load average.
 */
async function main(): Promise<void> {
  process.stdout.write('== HTCDS exchange\n');
  await benchExchange();
  const recordLevel = join(__dirname, 'record-level.ts');
  if (existsSync(recordLevel)) {
    process.stdout.write('== record-level data set\n');
    const part = (await import(recordLevel)) as { benchRecordLevel: () => Promise<void> };
    await part.benchRecordLevel();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
