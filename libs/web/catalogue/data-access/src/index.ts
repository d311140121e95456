export { CatalogueStore, SERVICE_TYPE_FIELDS } from './lib/catalogue.store';
export { MFA_POLICY_FIELD, MfaPolicyStore } from './lib/mfa-policy.store';
export {
  type AlertSetting,
  type LegalTerm,
  SettingsStore,
  STAY_TERM_FIELD,
  type StayTerm,
  VALUE_FIELD,
} from './lib/settings.store';
export { QueueBoardAccess } from './lib/queue-board';
