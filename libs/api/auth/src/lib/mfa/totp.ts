import { generateSecret, generateURI, verify } from 'otplib';

/** RFC 6238 as authenticator apps expect it: SHA-1, 6 digits, 30-second steps (otplib's defaults). */
export const TOTP_PERIOD_SECONDS = 30;

/** One step either side of the current one, for clocks a little apart and codes typed slowly. */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;

/** The name authenticator apps show above the code. */
export const TOTP_ISSUER = 'ИБД';

/**
 * TOTP over otplib with the clock injected, so the window's edges can be tested without waiting.
 * A code is matched to its time step; the caller refuses a step not later than the last one used.
 */
export class Totp {
  constructor(private readonly now: () => number = Date.now) {}

  /** 20 random bytes (160 bits, RFC 4226's recommendation) in Base32. */
  newSecret(): string {
    return generateSecret();
  }

  uri(secret: string, account: string): string {
    return generateURI({ issuer: TOTP_ISSUER, label: account, secret });
  }

  /**
   * The time step of `code` within the current step ±1, or null when it matches none of them or
   * only steps at or before `afterStep` (replay).
   */
  async step(secret: string, code: string, afterStep: number | null): Promise<number | null> {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(this.now() / 1000),
      epochTolerance: TOLERANCE_SECONDS,
      ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  }
}
