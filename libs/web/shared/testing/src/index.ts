export { provideTranslocoTesting, translation } from './lib/transloco-testing';
export { render } from './lib/render';
