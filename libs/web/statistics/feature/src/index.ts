export { exportRoutes, monitoringRoutes } from './lib/statistics.routes';
