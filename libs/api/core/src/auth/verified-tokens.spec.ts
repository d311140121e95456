import type { AuthUser } from './auth-user';
import { VerifiedTokens } from './verified-tokens';

const user: AuthUser = { id: 'u1', username: 'staff.sofia', role: 'shelter_staff', unitId: 'f1' };
const tokenExpiringAt = (seconds: number, tag = 'sig') =>
  `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ sub: 'u1', exp: seconds })).toString('base64url')}.${tag}`;

describe('VerifiedTokens', () => {
  let now = 1_000_000_000_000;
  const clock = () => now;

  it('gives back the user of a remembered token until the token expires, then forgets it', () => {
    const cache = new VerifiedTokens(10, clock);
    const token = tokenExpiringAt(now / 1000 + 60);
    cache.remember(token, user);
    expect(cache.get(token)).toEqual(user);
    now += 59_000;
    expect(cache.get(token)).toEqual(user);
    now += 1_000;
    expect(cache.get(token)).toBeNull();
  });

  it('knows only the exact token: another signature on the same claims is not found', () => {
    const cache = new VerifiedTokens(10, clock);
    cache.remember(tokenExpiringAt(now / 1000 + 60, 'good'), user);
    expect(cache.get(tokenExpiringAt(now / 1000 + 60, 'forged'))).toBeNull();
  });

  it('keeps no token without a readable or future exp', () => {
    const cache = new VerifiedTokens(10, clock);
    const past = tokenExpiringAt(now / 1000 - 1);
    cache.remember(past, user);
    cache.remember('a.b.c', user);
    expect(cache.get(past)).toBeNull();
    expect(cache.get('a.b.c')).toBeNull();
  });

  it('holds at most its capacity, dropping the oldest token first', () => {
    const cache = new VerifiedTokens(2, clock);
    const [a, b, c] = ['a', 'b', 'c'].map((tag) => tokenExpiringAt(now / 1000 + 60, tag));
    [a, b, c].forEach((token) => cache.remember(token, user));
    expect([cache.get(a), cache.get(b), cache.get(c)]).toEqual([null, user, user]);
  });

  it('hands out a frozen copy, so no request can change what the next one sees', () => {
    const cache = new VerifiedTokens(10, clock);
    const token = tokenExpiringAt(now / 1000 + 60);
    cache.remember(token, { ...user });
    expect(Object.isFrozen(cache.get(token))).toBe(true);
  });
});
