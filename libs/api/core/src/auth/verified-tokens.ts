import type { AuthUser } from './auth-user';

interface Entry {
  user: AuthUser;
  /** Epoch ms after which the token is no longer valid (its `exp`). */
  expiresAt: number;
}

/**
 * Access tokens already verified by passport-jwt, by their exact text, until they expire: checking
 * the signature and claims of the same token on every request was a third of a cached read's CPU.
 * The key is the whole token, signature included, so only a token that passed verification can
 * ever be found; expiry is checked on every hit. Bounded: the oldest entries go first.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly capacity = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string): AuthUser | null {
    const entry = this.entries.get(token);
    if (!entry) return null;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(token);
      return null;
    }
    return entry.user;
  }

  /** Remembers a token passport has just accepted; one without a readable `exp` is not kept. */
  remember(token: string, user: AuthUser): void {
    const expiresAt = expiryOf(token);
    if (expiresAt === null || expiresAt <= this.now()) return;
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, { user: Object.freeze({ ...user }), expiresAt });
  }
}

/** The `exp` claim (seconds) of a compact JWT as epoch ms; read only after the token was verified. */
function expiryOf(token: string): number | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return typeof payload.exp === 'number' ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}
