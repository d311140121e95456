import isISO31661Alpha2 from 'validator/lib/isISO31661Alpha2';
import isISO31661Alpha3 from 'validator/lib/isISO31661Alpha3';
import { alpha2Of, alpha3Of, citizenshipRegion, COUNTRY_CODES, EU_MEMBER_STATES, toAlpha2 } from './countries';

describe('ISO 3166-1 alpha-2 ↔ alpha-3', () => {
  it('pairs every assigned code once, each side a valid code of its kind (checked by validator.js)', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    const alpha3 = COUNTRY_CODES.map((code) => alpha3Of(code));
    expect(new Set(alpha3).size).toBe(249);
    for (const [i, code] of COUNTRY_CODES.entries()) {
      expect(isISO31661Alpha2(code)).toBe(true);
      expect(isISO31661Alpha3(alpha3[i] as string)).toBe(true);
      expect(alpha2Of(alpha3[i] as string)).toBe(code);
    }
  });

  it.each([
    ['BG', 'BGR'],
    ['RO', 'ROU'],
    ['DE', 'DEU'],
    ['GR', 'GRC'],
    ['GB', 'GBR'],
    ['MK', 'MKD'],
    ['UA', 'UKR'],
    ['TR', 'TUR'],
    ['NG', 'NGA'],
  ])('%s is %s', (alpha2, alpha3) => {
    expect(alpha3Of(alpha2)).toBe(alpha3);
    expect(toAlpha2(alpha3.toLowerCase())).toBe(alpha2);
    expect(toAlpha2(` ${alpha2.toLowerCase()} `)).toBe(alpha2);
  });

  it.each(['XX', 'EL', 'UK', 'XKX', 'BGRR', '', 'B'])('refuses %j', (code) => {
    expect(toAlpha2(code)).toBeNull();
  });

  it('groups citizenship as the reporting tables do', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(citizenshipRegion('BG')).toBe('BG');
    expect(citizenshipRegion('RO')).toBe('other_eu');
    expect(citizenshipRegion('MK')).toBe('non_eu');
    expect(citizenshipRegion(null)).toBe('unknown');
  });
});
