import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import {
  ALERT_KINDS,
  CASE_EVENT_KINDS,
  CASE_STATUSES,
  CHILD_NOTIFICATION_TASKS,
  CLOSURE_REASONS,
  DISCHARGE_DESTINATIONS,
  DISCHARGE_REASONS,
  EXPLOITATION_FORMS,
  EXTENSION_PROPOSERS,
  MEANS_OF_CONTROL,
  PLACEMENT_EVENT_KINDS,
  PLAN_ITEM_KINDS,
  PLAN_ITEM_STATUSES,
  RECRUITER_RELATIONSHIPS,
  REFERRAL_EVENT_KINDS,
  REFERRAL_STATUSES,
  RISK_LEVELS,
  ROLES,
  SEXES,
  SOURCES,
  UNIT_KINDS,
  URGENCIES,
} from '@ibd/shared/contracts';

/** Code labels are looked up by building keys (`'code.sex.' + sex`), which the key scan cannot see. */
const GROUPS: ReadonlyArray<[prefix: string, codes: readonly string[]]> = [
  ['code.sex', SEXES],
  ['code.exploitation', EXPLOITATION_FORMS],
  ['code.meansOfControl', MEANS_OF_CONTROL],
  ['code.recruiter', RECRUITER_RELATIONSHIPS],
  ['code.source', SOURCES],
  ['code.caseStatus', CASE_STATUSES],
  ['code.closure', CLOSURE_REASONS],
  ['code.task', CHILD_NOTIFICATION_TASKS],
  ['code.planKind', PLAN_ITEM_KINDS],
  ['code.planStatus', PLAN_ITEM_STATUSES],
  ['code.risk', RISK_LEVELS],
  ['code.event', [...CASE_EVENT_KINDS, ...REFERRAL_EVENT_KINDS, ...PLACEMENT_EVENT_KINDS]],
  ['code.proposer', EXTENSION_PROPOSERS],
  ['code.dischargeReason', DISCHARGE_REASONS],
  ['code.destination', DISCHARGE_DESTINATIONS],
  ['code.urgency', URGENCIES],
  ['code.referralStatus', REFERRAL_STATUSES],
  ['code.alert', ALERT_KINDS],
  ['code.unitKind', UNIT_KINDS],
  ['role', ROLES],
];

const I18N_DIR = join(resolve(__dirname, '../../..'), 'apps/web/public/i18n');

function lookup(translations: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      translations,
    );
}

describe.each(['bg', 'en'])('%s.json labels every code of the contracts', (language) => {
  const translations: unknown = JSON.parse(readFileSync(join(I18N_DIR, `${language}.json`), 'utf8'));

  it.each(GROUPS)('%s', (prefix, codes) => {
    const missing = codes.filter((code) => typeof lookup(translations, `${prefix}.${code}`) !== 'string');
    expect(missing).toEqual([]);
  });
});
