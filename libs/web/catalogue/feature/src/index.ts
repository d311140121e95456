export { catalogueRoutes, queueBoardRoutes, settingsRoutes } from './lib/catalogue.routes';
