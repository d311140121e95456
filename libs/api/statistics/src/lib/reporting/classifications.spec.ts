import { EXPLOITATION_FORMS, SOURCES } from '@ibd/shared/contracts';
import {
  CTDC_AGE_BANDS,
  EUROSTAT_CATEGORIES,
  EXPLOITATION_FORM_LABELS,
  EXPLOITATION_MAPPING,
  OTHER_EU_COUNTRIES,
  SOURCE_LABELS,
  TIP_CATEGORIES,
} from './classifications';

describe('reporting classifications', () => {
  it('label and map every form of exploitation onto a Eurostat and a TIP category', () => {
    const eurostat = EUROSTAT_CATEGORIES.map(([code]) => code);
    const tip = TIP_CATEGORIES.map(([code]) => code);
    for (const form of EXPLOITATION_FORMS) {
      expect(EXPLOITATION_FORM_LABELS[form]).toEqual(expect.any(String));
      expect(eurostat).toContain(EXPLOITATION_MAPPING[form].eurostat);
      expect(tip).toContain(EXPLOITATION_MAPPING[form].tip);
    }
    expect(EXPLOITATION_MAPPING.sexual_exploitation).toEqual({ eurostat: 'sexual', tip: 'sex' });
    expect(EXPLOITATION_MAPPING.servitude).toEqual({ eurostat: 'forced_labour', tip: 'labour' });
    expect(EXPLOITATION_MAPPING.forced_begging).toEqual({ eurostat: 'other', tip: 'labour' });
    expect(EXPLOITATION_MAPPING.organ_removal).toEqual({ eurostat: 'other', tip: 'unspecified' });
  });

  it('label every identifying organisation, and know the 26 other member states of the EU', () => {
    for (const source of SOURCES) expect(SOURCE_LABELS[source]).toEqual(expect.any(String));
    expect(new Set(OTHER_EU_COUNTRIES).size).toBe(26);
    expect(OTHER_EU_COUNTRIES).not.toContain('BG');
    expect(OTHER_EU_COUNTRIES).toEqual(expect.arrayContaining(['AT', 'GR', 'RO', 'HR']));
  });

  it('band ages as CTDC does, with the labels the tables print', () => {
    expect(CTDC_AGE_BANDS[0]).toEqual(['0-8', '0–8', 0]);
    expect(CTDC_AGE_BANDS.at(-1)).toEqual(['48+', '48 and over', 48]);
    expect(CTDC_AGE_BANDS.map(([, , lowest]) => lowest)).toEqual([0, 9, 18, 21, 24, 27, 30, 39, 48]);
  });
});
