export { type AlertFilter, AlertsStore } from './lib/alerts.store';
