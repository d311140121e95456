import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

import {
  MAX_PAGE_SIZE,
  type Page,
  type RecoveryCodes,
  type SecondFactorEnrolment,
  type SecondFactorStatus,
  type SessionView,
} from '@ibd/shared/contracts';

const MFA_API = '/api/v1/auth/mfa';
const SESSIONS_API = '/api/v1/auth/sessions';

/** The signed-in user's own second factor and sessions. */
@Injectable({ providedIn: 'root' })
export class SecurityApi {
  private readonly http = inject(HttpClient);

  status(): Observable<SecondFactorStatus> {
    return this.http.get<SecondFactorStatus>(MFA_API);
  }

  /** A new secret; the only time the API shows it. */
  startEnrolment(): Observable<SecondFactorEnrolment> {
    return this.http.post<SecondFactorEnrolment>(`${MFA_API}/enrolment`, {});
  }

  confirmEnrolment(code: string): Observable<RecoveryCodes> {
    return this.http.post<RecoveryCodes>(`${MFA_API}/enrolment/confirm`, { code });
  }

  renewRecoveryCodes(code: string): Observable<RecoveryCodes> {
    return this.http.post<RecoveryCodes>(`${MFA_API}/recovery-codes`, { code });
  }

  /** A person has a handful of sessions: the first page of the largest size holds them. */
  sessions(): Observable<Page<SessionView>> {
    return this.http.get<Page<SessionView>>(SESSIONS_API, { params: { pageSize: MAX_PAGE_SIZE } });
  }

  endSession(id: string): Observable<void> {
    return this.http.delete<void>(`${SESSIONS_API}/${id}`);
  }

  endOtherSessions(): Observable<{ ended: number }> {
    return this.http.post<{ ended: number }>(`${SESSIONS_API}/end-others`, {});
  }
}
