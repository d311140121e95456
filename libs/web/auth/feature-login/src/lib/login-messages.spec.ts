import { loginErrorKey, signOutReasonKey } from './login-messages';

describe('loginErrorKey', () => {
  it.each([
    [{ status: 401 }, 'login.error.credentials'],
    [{ status: 429 }, 'login.error.locked'],
    [{ status: 0 }, 'login.error.network'],
    [{ status: 500 }, 'login.error.generic'],
    [{ status: '401' }, 'login.error.generic'],
    [new Error('boom'), 'login.error.generic'],
    [null, 'login.error.generic'],
  ])('maps %p to %s', (error, key) => {
    expect(loginErrorKey(error)).toBe(key);
  });
});

describe('signOutReasonKey', () => {
  it.each([
    ['idle', 'login.reason.idle'],
    ['expired', 'login.reason.expired'],
    ['other', null],
    [undefined, null],
  ])('maps %p to %p', (reason, key) => {
    expect(signOutReasonKey(reason)).toBe(key);
  });
});
