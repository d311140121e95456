import type { UnitView } from '@ibd/shared/contracts';

import { unitsForRole } from './role-units';

const unit = (code: string, kind: UnitView['kind']): UnitView => ({ id: code, code, name: code, city: null, kind });
const UNITS = [
  unit('SOF-SHELTER', 'temporary_shelter'),
  unit('BGS-REINT', 'reintegration_shelter'),
  unit('SOF-CENTRE', 'support_centre'),
  unit('DSP-SOF', 'agency'),
  unit('ANKBTH', 'administration'),
];

describe('unitsForRole', () => {
  it.each([
    ['shelter_staff', ['SOF-SHELTER', 'BGS-REINT', 'SOF-CENTRE']],
    ['social_worker', ['DSP-SOF']],
    ['monitor', ['ANKBTH']],
    ['auditor', ['ANKBTH']],
    ['admin', ['ANKBTH']],
    [null, []],
  ] as const)('%p may belong to %p', (role, codes) => {
    expect(unitsForRole(UNITS, role).map((u) => u.code)).toEqual(codes);
  });
});
