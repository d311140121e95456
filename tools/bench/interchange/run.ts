import { benchExchange } from './exchange';
import { benchRecordLevel } from './record-level';

/**
 * `npm run bench:interchange`: the HTCDS exchange (export and import of 10,000 cases), then the
 * record-level data set for auditors over the ten-year data set of bench:stats. Run it under
 * `flock` on a shared machine; BENCH_PART=exchange or BENCH_PART=record-level runs one part.
 */
async function main(): Promise<void> {
  const part = process.env['BENCH_PART'];
  if (part !== 'record-level') {
    process.stdout.write('== HTCDS exchange\n');
    await benchExchange();
  }
  if (part !== 'exchange') {
    process.stdout.write('== record-level data set\n');
    await benchRecordLevel();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
