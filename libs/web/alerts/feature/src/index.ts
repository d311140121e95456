export { alertsRoutes } from './lib/alerts.routes';
