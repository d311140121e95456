export { shellRoutes } from './lib/shell.routes';
