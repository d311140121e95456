import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const ROOT = resolve(__dirname, '../../..');
const I18N_DIR = join(ROOT, 'apps/web/public/i18n');
const LANGUAGES = ['bg', 'en'] as const;
const SOURCE_DIRS = ['apps/web/src', 'libs/web'].map((dir) => join(ROOT, dir));

/** `'key' | transloco`, `t('key')` / `translate('key')`, `transloco="key"`. */
const USAGE_PATTERNS = [
  /(['"])([\w.-]+)\1\s*\|\s*transloco\b/g,
  /\b(?:t|translate)\(\s*(['"])([\w.-]+)\1/g,
  /\btransloco=(["'])([\w.-]+)\1/g,
];
/**
 * Any single-quoted literal shaped like `namespace.key` whose namespace exists, e.g. keys kept in
 * maps or picked by a condition. (Double quotes in templates hold expressions, not keys.)
 */
const KEY_LITERAL = /(')([A-Za-z]\w*(?:\.[\w-]+)+)\1/g;

/** `{ a: { b: 'x' } }` -> `[['a.b', 'x']]`, the way Transloco reads nested keys. */
function flatten(value: Json, prefix = ''): [string, Json][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [[prefix, value]];
  }
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(path);
    }
    const isSource = ['.ts', '.html'].includes(extname(entry.name));
    return isSource && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[2]);
}

const entries = Object.fromEntries(
  LANGUAGES.map((language) => {
    const file = join(I18N_DIR, `${language}.json`);
    return [language, flatten(JSON.parse(readFileSync(file, 'utf8')) as Json)];
  }),
) as Record<(typeof LANGUAGES)[number], [string, Json][]>;
const keys = Object.fromEntries(
  LANGUAGES.map((language) => [language, new Set(entries[language].map(([key]) => key))]),
) as Record<(typeof LANGUAGES)[number], Set<string>>;
const namespaces = new Set(LANGUAGES.flatMap((language) => [...keys[language]].map((key) => key.split('.')[0])));

const usedKeys = new Map<string, string>();
for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
  const text = readFileSync(file, 'utf8');
  const literals = matches(text, KEY_LITERAL).filter((key) => namespaces.has(key.split('.')[0]));
  for (const key of [...USAGE_PATTERNS.flatMap((pattern) => matches(text, pattern)), ...literals]) {
    usedKeys.set(key, relative(ROOT, file));
  }
}

describe('translations', () => {
  it.each(LANGUAGES)('%s.json has exactly the keys of every other language', (language) => {
    const others = LANGUAGES.filter((other) => other !== language);
    const missing = others.flatMap((other) =>
      [...keys[other]].filter((key) => !keys[language].has(key)).map((key) => `${key} (in ${other})`),
    );
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)('%s.json has only non-empty text values', (language) => {
    const empty = entries[language]
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('finds the keys used in templates', () => {
    expect(usedKeys.size).toBeGreaterThan(10);
  });

  it.each(LANGUAGES)('%s.json has every key used under apps/web and libs/web', (language) => {
    const missing = [...usedKeys].filter(([key]) => !keys[language].has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});
