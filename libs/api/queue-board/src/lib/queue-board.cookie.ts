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
