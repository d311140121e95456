const LOCALES: Readonly<Record<string, string>> = { bg: 'bg-BG', en: 'en-GB' };
const TIME_ZONE = 'Europe/Sofia';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The Intl locale of a UI language. */
export function localeFor(language: string): string {
  return LOCALES[language] ?? language;
}

/** A calendar date (`YYYY-MM-DD` kept as is) or a moment (shown in Bulgaria's time zone). */
export function formatDate(value: string | Date | null | undefined, language: string): string {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const dateOnly = typeof value === 'string' && DATE_ONLY.test(value);
  const moment = dateOnly ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(moment.getTime())) {
    return String(value);
  }
  return new Intl.DateTimeFormat(localeFor(language), {
    dateStyle: 'medium',
    timeZone: dateOnly ? 'UTC' : TIME_ZONE,
  }).format(moment);
}

export function formatDateTime(value: string | Date | null | undefined, language: string): string {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const moment = new Date(value);
  if (Number.isNaN(moment.getTime())) {
    return String(value);
  }
  return new Intl.DateTimeFormat(localeFor(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(moment);
}

export function formatNumber(value: number | null | undefined, language: string, maximumFractionDigits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '';
  }
  return new Intl.NumberFormat(localeFor(language), { maximumFractionDigits }).format(value);
}

/** A country's name in the UI language, from its ISO code. */
export function countryName(code: string | null | undefined, language: string): string {
  if (!code) {
    return '';
  }
  try {
    return new Intl.DisplayNames([localeFor(language)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
