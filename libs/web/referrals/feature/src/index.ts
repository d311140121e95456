export { referralsRoutes } from './lib/referrals.routes';
