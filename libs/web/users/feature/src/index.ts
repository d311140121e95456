export { usersRoutes } from './lib/users.routes';
