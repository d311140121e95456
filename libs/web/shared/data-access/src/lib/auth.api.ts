export const AUTH_API = {
  login: '/api/v1/auth/login',
  refresh: '/api/v1/auth/refresh',
  logout: '/api/v1/auth/logout',
  me: '/api/v1/auth/me',
} as const;

export const UNITS_API = '/api/v1/units';

/** Requests for which a 401 means "bad credentials", never "refresh and retry". */
export function isAuthEndpoint(url: string): boolean {
  return url.includes('/api/v1/auth/');
}
