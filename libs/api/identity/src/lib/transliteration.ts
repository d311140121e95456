/**
 * Bulgarian official transliteration (Закон за транслитерацията, 2009) and the folding the blind
 * indexes use, so that "Мария Иванова" and "Maria Ivanova" give the same key.
 */
const TABLE: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ь: 'y',
  ю: 'yu',
  я: 'ya',
};

/** Lowercase Latin transliteration of Bulgarian Cyrillic; "ия" ending a word is "ia" (Мария → maria). */
export function transliterate(text: string): string {
  return text
    .toLowerCase()
    .replace(/ия(?![\p{L}])/gu, 'ia')
    .replace(/[а-яѝ]/g, (letter) => TABLE[letter] ?? (letter === 'ѝ' ? 'i' : letter));
}

/** One name part folded: transliterated, lowercase, diacritics and everything but a-z/0-9 removed. */
export function foldToken(text: string): string {
  return transliterate(text.normalize('NFC'))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
}

/** A full name folded word by word, the words sorted, so word order and spelling system do not matter. */
export function foldName(...parts: string[]): string {
  return parts
    .join(' ')
    .split(/[\s\-‐–—,.]+/u)
    .map(foldToken)
    .filter((token) => token.length > 0)
    .sort()
    .join(' ');
}
