export { provideTranslocoTesting, translation } from './lib/transloco-testing';
