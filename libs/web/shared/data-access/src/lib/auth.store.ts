import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { catchError, defer, finalize, firstValueFrom, map, Observable, of, shareReplay, tap } from 'rxjs';

import {
  CSRF_HEADER,
  isSecondFactorChallenge,
  type LoginAnswer,
  type LoginResponse,
  type SessionUser,
} from '@ibd/shared/contracts';

import { AUTH_API } from './auth.api';
import { SessionTabs, type SignOutReason } from './session-tabs';

export type { SignOutReason } from './session-tabs';

/** Sent with the refresh cookie (see CSRF_HEADER). */
const CSRF = { [CSRF_HEADER]: '1' };

/** One refresh at a time across the tabs: two spending the same cookie would look like a stolen one. */
const REFRESH_LOCK = 'ibd-refresh';

/** The second step of a sign-in: a code of the authenticator app, or one of the recovery codes. */
export type SecondFactorAnswer = { code: string } | { recoveryCode: string };

/**
 * When to renew: halfway through the access token's life, or through the idle timeout if shorter,
 * so that the API sees the session refreshed well within IDLE_TIMEOUT_MINUTES while a tab is open.
 */
export const renewalDelayMs = (session: Pick<LoginResponse, 'expiresIn' | 'idleTimeoutMinutes'>): number =>
  (Math.min(session.expiresIn, session.idleTimeoutMinutes * 60) * 1000) / 2;

/**
 * The access token lives in memory only; the refresh token is an HttpOnly cookie that no script can
 * read. A reload or a new tab signs in again through the cookie ({@link restore}); nothing about the
 * session goes to browser storage.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly tabs = inject(SessionTabs);
  private readonly session = signal<LoginResponse | null>(null);
  private refreshing: Observable<LoginResponse> | null = null;
  private renewal: ReturnType<typeof setTimeout> | undefined;

  readonly user = computed<SessionUser | null>(() => this.session()?.user ?? null);
  readonly accessToken = computed(() => this.session()?.accessToken ?? null);
  readonly isAuthenticated = computed(() => this.session() !== null);
  /** Signed in, but a second factor must be set up before anything else opens. */
  readonly mfaEnrolmentRequired = computed(() => this.session()?.mfaEnrolmentRequired ?? false);

  /** IDLE_TIMEOUT_MINUTES of the API, as the session answer tells it. */
  readonly idleTimeoutMinutes = computed(() => this.session()?.idleTimeoutMinutes ?? null);

  constructor() {
    this.tabs.signedOut.pipe(takeUntilDestroyed()).subscribe((reason) => {
      if (this.isAuthenticated()) this.end(reason);
    });
  }

  /** The password step: the session, or a challenge for {@link completeLogin}. */
  login(username: string, password: string): Observable<LoginAnswer> {
    return this.http.post<LoginAnswer>(AUTH_API.login, { username, password }).pipe(
      tap((answer) => {
        if (!isSecondFactorChallenge(answer)) this.start(answer);
      }),
    );
  }

  completeLogin(challengeToken: string, answer: SecondFactorAnswer): Observable<LoginResponse> {
    return this.http
      .post<LoginResponse>(AUTH_API.secondFactor, { challengeToken, ...answer })
      .pipe(tap((response) => this.start(response)));
  }

  /** At start-up: a session open in this browser (a reload, another tab) signs this tab in. */
  restore(): Promise<void> {
    return firstValueFrom(
      this.refresh().pipe(
        map(() => undefined),
        catchError(() => of(undefined)),
      ),
    );
  }

  /** One refresh at a time: concurrent 401s share the same request, and tabs take turns. */
  refresh(): Observable<LoginResponse> {
    this.refreshing ??= defer(() => this.refreshInTurn()).pipe(
      tap((response) => this.start(response)),
      finalize(() => (this.refreshing = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshing;
  }

  /** Ends the session here and in every other tab. */
  logout(reason?: SignOutReason): void {
    if (this.session()) {
      this.http.post(AUTH_API.logout, null, { headers: CSRF }).subscribe({ error: () => undefined });
    }
    this.tabs.tell({ type: 'signed-out', reason });
    this.end(reason);
  }

  private async refreshInTurn(): Promise<LoginResponse> {
    const post = () => firstValueFrom(this.http.post<LoginResponse>(AUTH_API.refresh, null, { headers: CSRF }));
    // Only in secure contexts: a demo reached over plain http from another machine has none.
    const locks = (navigator as Partial<Navigator>).locks;
    return locks ? await locks.request(REFRESH_LOCK, post) : post();
  }

  private start(response: LoginResponse): void {
    this.session.set(response);
    clearTimeout(this.renewal);
    this.renewal = setTimeout(() => this.renew(), renewalDelayMs(response));
  }

  /** Renews ahead of expiry; a session the API has ended (401) is over here too. */
  private renew(): void {
    this.refresh().subscribe({
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) this.logout('expired');
      },
    });
  }

  private end(reason?: SignOutReason): void {
    clearTimeout(this.renewal);
    this.session.set(null);
    void this.router.navigate(['/login'], { queryParams: reason ? { reason } : {} });
  }
}
