import type { CookieOptions } from 'express';
import { QUEUE_BOARD_PATH, QUEUE_BOARD_SESSION_SECONDS } from './queue-board.constants';

/** HttpOnly, SameSite=Strict, only sent to the board, Secure in production. */
export const queueBoardCookieOptions = (production: boolean): CookieOptions => ({
  httpOnly: true,
  secure: production,
  sameSite: 'strict',
  path: QUEUE_BOARD_PATH,
  maxAge: QUEUE_BOARD_SESSION_SECONDS * 1000,
});

/** One cookie's value from a Cookie header (no cookie-parser in this app: the board is its only cookie). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      return part.slice(at + 1).trim() || undefined;
    }
  }
  return undefined;
}
