import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

export class KeyringError extends Error {
  override name = 'KeyringError';
}

/**
 * AES-256-GCM over the identity keys of the configuration. A value is stored as
 * `keyId:base64(iv | tag | ciphertext)`, so it names the key that opens it and keys can rotate.
 */
export class Keyring {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(
    keys: Record<string, Buffer>,
    readonly activeKeyId: string,
  ) {
    for (const [id, key] of Object.entries(keys)) {
      if (key.length !== KEY_BYTES) throw new KeyringError(`Key ${id} is not 32 bytes`);
    }
    if (!(activeKeyId in keys)) throw new KeyringError(`Active key ${activeKeyId} is not in the keyring`);
    this.keys = new Map(Object.entries(keys));
  }

  /** `keyId:base64,keyId:base64` as IDENTITY_KEYS holds it. */
  static parse(spec: string, activeKeyId: string): Keyring {
    const keys = Object.fromEntries(
      spec.split(',').map((pair) => {
        const [id, key = ''] = pair.split(':');
        return [id, Buffer.from(key, 'base64')];
      }),
    );
    return new Keyring(keys, activeKeyId);
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key(this.activeKeyId), iv, { authTagLength: TAG_BYTES });
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${this.activeKeyId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(value: string): string {
    const [keyId, payload] = splitValue(value);
    const raw = Buffer.from(payload, 'base64');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new KeyringError('Encrypted value is truncated');
    const decipher = createDecipheriv(ALGORITHM, this.key(keyId), raw.subarray(0, IV_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new KeyringError('Encrypted value failed authentication');
    }
  }

  encryptJson(value: unknown): string {
    return this.encrypt(JSON.stringify(value));
  }

  decryptJson<T>(value: string): T {
    return JSON.parse(this.decrypt(value)) as T;
  }

  private key(id: string): Buffer {
    const key = this.keys.get(id);
    if (!key) throw new KeyringError(`Unknown key id ${id}`);
    return key;
  }
}

function splitValue(value: string): [string, string] {
  const separator = value.indexOf(':');
  if (separator < 1) throw new KeyringError('Encrypted value has no key id');
  return [value.slice(0, separator), value.slice(separator + 1)];
}
