import { generate } from 'otplib';
import { Totp, TOTP_PERIOD_SECONDS } from './totp';

const PERIOD = TOTP_PERIOD_SECONDS;

describe('Totp', () => {
  const secret = new Totp().newSecret();
  const step = 56_666_667;
  const startOf = (s: number) => s * PERIOD * 1000;
  let code: string;
  beforeAll(async () => {
    code = await generate({ secret, epoch: step * PERIOD });
  });

  /** A Totp whose clock reads `ms`. */
  const at = (ms: number) => new Totp(() => ms);

  it.each([
    ['accepts', 'the middle of the code’s own step', startOf(step) + 15_000, true],
    ['accepts', 'the first millisecond of the step before it', startOf(step - 1), true],
    ['accepts', 'the last millisecond of the step after it', startOf(step + 2) - 1, true],
    ['refuses', 'the last millisecond two steps before it', startOf(step - 1) - 1, false],
    ['refuses', 'the first millisecond two steps after it', startOf(step + 2), false],
  ])('%s the code with the clock at %s', async (_verdict, _when, now, accepted) => {
    expect(await at(now).step(secret, code, null)).toBe(accepted ? step : null);
  });

  it('refuses the code of a step already used, and takes it after an earlier one', async () => {
    const clock = at(startOf(step) + 1_000);
    expect(await clock.step(secret, code, step)).toBeNull();
    expect(await clock.step(secret, code, step + 1)).toBeNull();
    expect(await clock.step(secret, code, step - 1)).toBe(step);
  });

  it('refuses a code of another secret', async () => {
    const other = new Totp().newSecret();
    expect(await at(startOf(step)).step(other, code, null)).toBeNull();
  });

  it('makes 160-bit secrets and an otpauth URI that names the account and carries the secret', () => {
    const totp = new Totp();
    const fresh = totp.newSecret();
    expect(fresh).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(totp.uri(fresh, 'staff.sofia'));
    expect(`${uri.protocol}//${uri.host}`).toBe('otpauth://totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/ИБД:staff.sofia');
    expect(uri.searchParams.get('secret')).toBe(fresh);
  });
});
