export { enrolRoutes, securityRoutes } from './lib/security.routes';
