export { bedsRoutes } from './lib/beds.routes';
