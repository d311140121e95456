export { CatalogueStore, SERVICE_TYPE_FIELDS, type ServiceType } from './lib/catalogue.store';
export {
  ALERT_SETTING_FIELDS,
  type AlertSetting,
  SettingsStore,
  STAY_TERM_FIELDS,
  type StayTerm,
} from './lib/settings.store';
export { QueueBoardAccess, type QueueBoardSession } from './lib/queue-board';
