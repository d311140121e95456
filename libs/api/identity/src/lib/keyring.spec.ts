import { randomBytes } from 'node:crypto';
import { Keyring, KeyringError } from './keyring';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const keyring = new Keyring({ k1, k2 }, 'k1');

const flip = (value: string, at: number) => {
  const [id, payload] = value.split(':');
  const raw = Buffer.from(payload, 'base64');
  raw[at] ^= 0x01;
  return `${id}:${raw.toString('base64')}`;
};

describe('Keyring (AES-256-GCM)', () => {
  it.each(['Мария Иванова', '', '7503169269', 'x'.repeat(10_000), '{"a":"ü🙂"}'])('round-trips %j', (text) => {
    const value = keyring.encrypt(text);
    expect(value.startsWith('k1:')).toBe(true);
    expect(value).not.toContain(text || '\u0000');
    expect(keyring.decrypt(value)).toBe(text);
  });

  it('uses a fresh IV for every value', () => {
    expect(keyring.encrypt('same')).not.toBe(keyring.encrypt('same'));
  });

  it.each([
    ['the IV', 0],
    ['the tag', 12],
    ['the ciphertext', 28],
  ])('rejects a value whose %s was altered', (_part, at) => {
    expect(() => keyring.decrypt(flip(keyring.encrypt('Мария Иванова'), at))).toThrow(KeyringError);
  });

  it.each([
    ['no key id', 'AAAA'],
    ['an unknown key id', 'k9:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a truncated payload', 'k1:AAAA'],
  ])('rejects a value with %s', (_case, value) => {
    expect(() => keyring.decrypt(value)).toThrow(KeyringError);
  });

  it('refuses a value encrypted under the right id but another key', () => {
    const impostor = new Keyring({ k1: randomBytes(32) }, 'k1');
    expect(() => keyring.decrypt(impostor.encrypt('secret'))).toThrow(KeyringError);
  });

  it('reads old values after the active key changes', () => {
    const old = keyring.encrypt('Maria');
    const rotated = new Keyring({ k1, k2 }, 'k2');
    const fresh = rotated.encrypt(rotated.decrypt(old));
    expect(fresh.startsWith('k2:')).toBe(true);
    expect(keyring.decrypt(fresh)).toBe('Maria');
  });

  it('parses IDENTITY_KEYS and refuses bad keyrings', () => {
    const spec = `a:${k1.toString('base64')},b:${k2.toString('base64')}`;
    expect(Keyring.parse(spec, 'b').activeKeyId).toBe('b');
    expect(() => Keyring.parse(spec, 'c')).toThrow(KeyringError);
    expect(() => new Keyring({ a: randomBytes(16) }, 'a')).toThrow(KeyringError);
  });

  it('round-trips JSON', () => {
    const identity = { firstName: 'Мария', documents: [{ number: 'AB123' }] };
    expect(keyring.decryptJson(keyring.encryptJson(identity))).toEqual(identity);
  });
});
