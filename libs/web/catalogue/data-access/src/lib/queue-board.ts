import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

import type { QueueBoardSession } from '@ibd/shared/contracts';

/** The admins' read-only Bull Board: the browser sends no token there, so it trades one for a cookie. */
@Injectable({ providedIn: 'root' })
export class QueueBoardAccess {
  private readonly http = inject(HttpClient);

  open(): Observable<QueueBoardSession> {
    return this.http.post<QueueBoardSession>('/api/v1/admin/queue-board/session', {});
  }
}
