import type { Response } from 'supertest';
import { CSRF_HEADER, type LoginResponse } from '@ibd/shared/contracts';
import type { TestApp } from './test-app';

/** A session as a browser holds it: the answer, and the refresh cookie as the browser sends it back. */
export interface Session extends LoginResponse {
  cookie: string;
}

/** The Set-Cookie lines of a response. */
export const setCookies = (res: Response): string[] => [res.headers['set-cookie'] ?? []].flat();

/** `ibd_refresh=<token>` as the browser would send it to the refresh endpoint. */
export function refreshCookie(res: Response): string {
  const line = setCookies(res).find((cookie) => /^ibd_refresh=[^;]+;.*Path=\/api\/v1\/auth\/refresh(;|$)/.test(cookie));
  if (!line) throw new Error(`no refresh cookie in ${JSON.stringify(setCookies(res))}`);
  return line.split(';')[0];
}

export const toSession = (res: Response): Session => ({ ...(res.body as LoginResponse), cookie: refreshCookie(res) });

export const refresh = (t: TestApp, session: { cookie: string }) =>
  t.http.post('/api/v1/auth/refresh').set('Cookie', session.cookie).set(CSRF_HEADER, '1');

export const logout = (t: TestApp, session: { cookie: string }) =>
  t.http.post('/api/v1/auth/logout').set('Cookie', session.cookie).set(CSRF_HEADER, '1');
