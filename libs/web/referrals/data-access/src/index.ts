export { REFERRAL_FIELDS, type ReferralFilter, ReferralsStore } from './lib/referrals.store';
export { splitMinutes } from './lib/response-time';
