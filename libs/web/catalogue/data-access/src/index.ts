export { CatalogueStore, SERVICE_TYPE_FIELDS, type ServiceType } from './lib/catalogue.store';
