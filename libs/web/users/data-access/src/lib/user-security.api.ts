import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

import type { SecondFactorStatus } from '@ibd/shared/contracts';

const USERS_API = '/api/v1/users';

/** For the admin: a user's second factor and sessions (a lost phone, a shared computer, a leaver). */
@Injectable({ providedIn: 'root' })
export class UserSecurityApi {
  private readonly http = inject(HttpClient);

  secondFactor(id: string): Observable<SecondFactorStatus> {
    return this.http.get<SecondFactorStatus>(`${USERS_API}/${id}/mfa`);
  }

  /** Removes the user's second factor and recovery codes and ends their sessions. */
  resetSecondFactor(id: string): Observable<void> {
    return this.http.delete<void>(`${USERS_API}/${id}/mfa`);
  }

  endSessions(id: string): Observable<{ ended: number }> {
    return this.http.delete<{ ended: number }>(`${USERS_API}/${id}/sessions`);
  }
}
