import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { finalize, Observable, shareReplay, tap } from 'rxjs';

import { CSRF_HEADER, type LoginResponse, type SessionUser } from '@ibd/shared/contracts';

import { AUTH_API } from './auth.api';

/** Sent with the refresh cookie (see CSRF_HEADER). */
const CSRF = { [CSRF_HEADER]: '1' };

export type SignOutReason = 'idle' | 'expired';

/**
 * The session lives in memory only: no token or personal data goes to browser storage,
 * so a reload asks the user to sign in again (deliberate for this data).
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly session = signal<LoginResponse | null>(null);
  private refreshing: Observable<LoginResponse> | null = null;

  readonly user = computed<SessionUser | null>(() => this.session()?.user ?? null);
  readonly accessToken = computed(() => this.session()?.accessToken ?? null);
  readonly isAuthenticated = computed(() => this.session() !== null);

  login(username: string, password: string): Observable<LoginResponse> {
    return this.http
      .post<LoginResponse>(AUTH_API.login, { username, password })
      .pipe(tap((response) => this.session.set(response)));
  }

  /** One refresh at a time: concurrent 401s share the same request. */
  refresh(): Observable<LoginResponse> {
    this.refreshing ??= this.http.post<LoginResponse>(AUTH_API.refresh, null, { headers: CSRF }).pipe(
      tap((response) => this.session.set(response)),
      finalize(() => (this.refreshing = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshing;
  }

  logout(reason?: SignOutReason): void {
    const session = this.session();
    this.session.set(null);
    if (session) {
      this.http.post(AUTH_API.logout, null, { headers: CSRF }).subscribe({ error: () => undefined });
    }
    void this.router.navigate(['/login'], { queryParams: reason ? { reason } : {} });
  }
}
