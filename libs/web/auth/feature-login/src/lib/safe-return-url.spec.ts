import { safeReturnUrl } from './safe-return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/cases?status=open', '/cases?status=open'],
    ['/home', '/home'],
    [undefined, '/'],
    ['', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/home', '/'],
    ['javascript:alert(1)', '/'],
    ['/login?returnUrl=%2Fhome', '/'],
  ])('turns %p into %p', (returnUrl, expected) => {
    expect(safeReturnUrl(returnUrl)).toBe(expected);
  });
});
