export const AUTH_API = {
  login: '/api/v1/auth/login',
  secondFactor: '/api/v1/auth/login/second-factor',
  refresh: '/api/v1/auth/refresh',
  logout: '/api/v1/auth/logout',
  me: '/api/v1/auth/me',
} as const;

export const UNITS_API = '/api/v1/units';

/**
 * Requests for which a 401 means "bad credentials", never "refresh and retry". The caller's own
 * second factor and sessions (`/auth/mfa`, `/auth/sessions`) and `/auth/me` are ordinary calls.
 */
export function isAuthEndpoint(url: string): boolean {
  return [AUTH_API.login, AUTH_API.refresh, AUTH_API.logout].some((endpoint) => url.startsWith(endpoint));
}
