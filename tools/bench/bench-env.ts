import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root, where the benchmarks run their commands. */
export const ROOT = join(__dirname, '../..');

/**
 * The benchmarks' settings: the environment over the public test settings of .env.test (the data
 * is synthetic, so the test keys are the right defaults).
 */
export function benchEnv(): Record<string, string> {
  const pairs = readFileSync(join(ROOT, '.env.test'), 'utf8')
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [match[1], match[2]]);
  return { ...Object.fromEntries(pairs), ...(process.env as Record<string, string>) };
}

/** A numeric knob of the environment, or its default. */
export function knob(env: Record<string, string>, name: string, fallback: number): number {
  return Number(env[name] ?? fallback);
}
