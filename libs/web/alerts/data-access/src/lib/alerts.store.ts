import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';

import type { AlertKind, AlertView, CompleteTaskRequest } from '@ibd/shared/contracts';
import { PagedListStore } from '@ibd/web/shared/data-access';

/** What the alerts are filtered by; `null` is any kind. */
export type AlertFilter = { kind: AlertKind | null };

/**
 * Alerts as the alerts job last computed them, scoped to the caller by the API (`enabled` off for
 * roles that have none).
 */
@Injectable()
export class AlertsStore extends PagedListStore<AlertFilter, AlertView> {
  private readonly http = inject(HttpClient);
  /** The alert whose task is being marked done, and the status of the last refusal. */
  readonly completing = signal<string | null>(null);
  readonly completeError = signal<number | null>(null);

  constructor() {
    super('/api/v1/alerts', { kind: null });
  }

  /** Marks the task behind a child notification's alert done (notified now); the alert then leaves the list. */
  complete(alert: AlertView, request: CompleteTaskRequest = {}): void {
    if (!alert.caseId || !alert.taskKind || this.completing()) return;
    this.completing.set(alert.id);
    this.completeError.set(null);
    this.http.post(`/api/v1/cases/${alert.caseId}/tasks/${alert.subjectId}/done`, request).subscribe({
      next: () => {
        this.completing.set(null);
        this.reload();
      },
      error: (error: unknown) => {
        this.completing.set(null);
        this.completeError.set(error instanceof HttpErrorResponse ? error.status : -1);
        // Done meanwhile by a colleague (409) or gone: the list shows what is still due.
        this.reload();
      },
    });
  }
}
