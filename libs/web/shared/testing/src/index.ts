export { provideTranslocoTesting, translation } from './lib/transloco-testing';
export { render } from './lib/render';
export { createWithHttp, type WithHttpOptions } from './lib/with-http';
export { type Target, userActions } from './lib/user-actions';
