export { AlertListComponent } from './lib/alert-list.component';
