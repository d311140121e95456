import { countryName, formatDate, formatNumber, localeFor } from './locale';

describe('locale formatting', () => {
  it('maps UI languages to Intl locales', () => {
    expect(localeFor('bg')).toBe('bg-BG');
    expect(localeFor('en')).toBe('en-GB');
  });

  it('keeps a calendar date on its day whatever the time zone', () => {
    expect(formatDate('2026-03-01', 'en')).toBe('1 Mar 2026');
    expect(formatDate('2026-03-01', 'bg')).toContain('2026');
  });

  it('shows moments in Bulgarian time', () => {
    expect(formatDate('2026-06-30T22:30:00Z', 'en')).toBe('1 Jul 2026');
  });

  it('formats numbers per locale', () => {
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
    expect(formatNumber(1234.56, 'bg')).toMatch(/^1\s?234,6$/);
    expect(formatNumber(null, 'bg')).toBe('');
  });

  it('names countries in the UI language', () => {
    expect(countryName('RO', 'en')).toBe('Romania');
    expect(countryName('RO', 'bg')).toBe('Румъния');
    expect(countryName(null, 'bg')).toBe('');
  });
});
