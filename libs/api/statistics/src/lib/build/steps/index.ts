import type { MetricStep } from '../metric-step';
import { admissionsStep } from './admissions.step';
import { capacityStep } from './capacity.step';
import { casesStep } from './cases.step';
import { childNotificationsStep } from './child-notifications.step';
import { occupancyStep } from './occupancy.step';
import { referralsStep } from './referrals.step';
import { servicesStep } from './services.step';
import { staysStep } from './stays.step';

/**
 * The steps of a snapshot build, in the order they start: the longest first, so that the steps
 * running side by side end close together. Occupancy reads what capacity and stays wrote (`after`).
 */
export const METRIC_STEPS: readonly MetricStep[] = [
  servicesStep,
  referralsStep,
  staysStep,
  capacityStep,
  admissionsStep,
  casesStep,
  childNotificationsStep,
  occupancyStep,
];
