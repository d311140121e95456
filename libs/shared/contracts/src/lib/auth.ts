import type { Role } from './roles';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
}

export interface LoginResponse {
  accessToken: string;
  refreshToken: string;
  /** Lifetime of the access token in seconds. */
  expiresIn: number;
  user: SessionUser;
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** The answer to `POST /api/v1/admin/queue-board/session`; the cookie travels in Set-Cookie. */
export interface QueueBoardSession {
  /** Where to navigate: the board's page. */
  url: string;
  /** Lifetime of the board cookie in seconds. */
  expiresIn: number;
}
