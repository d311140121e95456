import type { Role } from './roles';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
}

/**
 * A session's answer (sign-in, second step, refresh). The refresh token is not in it: it travels
 * only in the HttpOnly cookie `ibd_refresh`, which scripts cannot read.
 */
export interface LoginResponse {
  accessToken: string;
  /** Lifetime of the access token in seconds. */
  expiresIn: number;
  /** IDLE_TIMEOUT_MINUTES: the client signs out after this long without activity. */
  idleTimeoutMinutes: number;
  user: SessionUser;
  /**
   * True when a second factor is required and not yet set up: the access token then opens only the
   * enrolment (`/api/v1/auth/mfa/enrolment*`); everything else answers 403 `MFA_ENROLMENT_REQUIRED`.
   */
  mfaEnrolmentRequired: boolean;
}

/**
 * The header `POST /api/v1/auth/refresh` and `/logout` require (value `1`) besides the cookie: a
 * page of another site cannot send it without the API's consent (CORS), so it cannot use the cookie.
 */
export const CSRF_HEADER = 'X-IBD-CSRF';

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

/**
 * The answer to a correct password when the user has a second factor: no tokens yet, a short-lived
 * challenge to send with a code to `POST /api/v1/auth/login/second-factor`.
 */
export interface SecondFactorChallenge {
  challengeToken: string;
  /** Lifetime of the challenge in seconds. */
  challengeExpiresIn: number;
}

/** What `POST /api/v1/auth/login` answers: the session, or a challenge for the second factor. */
export type LoginAnswer = LoginResponse | SecondFactorChallenge;

export const isSecondFactorChallenge = (answer: LoginAnswer): answer is SecondFactorChallenge =>
  'challengeToken' in answer;

/** A TOTP code as authenticator apps show it. */
export const TOTP_CODE_PATTERN = /^\d{6}$/;

/** How many one-time recovery codes a set holds. */
export const RECOVERY_CODE_COUNT = 10;

/** The 403 `code` for a user who must set up a second factor before anything else. */
export const MFA_ENROLMENT_REQUIRED = 'MFA_ENROLMENT_REQUIRED';

/** The 401 `code` when the sign-in challenge is missing, forged or expired: start again with the password. */
export const CHALLENGE_EXPIRED = 'CHALLENGE_EXPIRED';

/** `GET /api/v1/auth/mfa`: the caller's own second factor. */
export interface SecondFactorStatus {
  enrolled: boolean;
  enrolledAt: string | null;
  /** Whether the installation and the caller's role require a second factor. */
  required: boolean;
  recoveryCodesLeft: number;
}

/** `POST /api/v1/auth/mfa/enrolment`: the new secret, shown once, for the authenticator app. */
export interface SecondFactorEnrolment {
  /** Base32, for typing into an app that cannot scan. */
  secret: string;
  /** `otpauth://totp/...`, which the client turns into a QR code. */
  otpauthUri: string;
}

/** A new set of recovery codes, shown once. */
export interface RecoveryCodes {
  recoveryCodes: string[];
}

/** One sign-in of a user (a refresh-token family) as `GET /api/v1/auth/sessions` lists it. */
export interface SessionView<TDate = string> {
  id: string;
  createdAt: TDate;
  lastUsedAt: TDate;
  /** The address and browser it was last used from. */
  clientAddress: string | null;
  userAgent: string | null;
  /** The session of the access token that asked. */
  current: boolean;
}

/** `GET /api/v1/mfa-policies`: whether each role must use a second factor. */
export interface MfaPolicyView<TDate = string> {
  /** MFA_REQUIRED of the installation: when false, no role is held to its setting. */
  enforced: boolean;
  roles: Array<{ role: Role; required: boolean; updatedAt: TDate }>;
}

/** `PATCH /api/v1/mfa-policies/:role`: whether the role must use a second factor. */
export interface UpdateMfaPolicy {
  required: boolean;
}
