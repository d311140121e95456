import { HttpClient, HttpErrorResponse, httpResource } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';

import {
  type AlertKind,
  type AlertView,
  type CompleteTaskRequest,
  DEFAULT_PAGE_SIZE,
  type Page,
} from '@ibd/shared/contracts';

export interface AlertFilter {
  kind: AlertKind | null;
  page: number;
  pageSize: number;
}

/** Alerts as the alerts job last computed them, scoped to the caller by the API. */
@Injectable()
export class AlertsStore {
  private readonly http = inject(HttpClient);
  readonly filter = signal<AlertFilter>({ kind: null, page: 1, pageSize: DEFAULT_PAGE_SIZE });
  /** Off for roles that have no alerts (the API would refuse them). */
  readonly enabled = signal(true);
  /** The alert whose task is being marked done, and the status of the last refusal. */
  readonly completing = signal<string | null>(null);
  readonly completeError = signal<number | null>(null);

  private readonly list = httpResource<Page<AlertView>>(() => {
    if (!this.enabled()) return undefined;
    const { kind, page, pageSize } = this.filter();
    const params: Record<string, string | number> = { page, pageSize };
    if (kind) params['kind'] = kind;
    return { url: '/api/v1/alerts', params };
  });

  readonly page = computed(() => (this.list.hasValue() ? this.list.value() : null));
  readonly loading = this.list.isLoading;
  readonly error = this.list.error;

  setFilter(change: Partial<Omit<AlertFilter, 'page' | 'pageSize'>>): void {
    this.filter.update((filter) => ({ ...filter, ...change, page: 1 }));
  }

  setPage(page: number, pageSize: number): void {
    this.filter.update((filter) => ({ ...filter, page, pageSize }));
  }

  /** Marks the task behind a child notification's alert done (notified now); the alert then leaves the list. */
  complete(alert: AlertView, request: CompleteTaskRequest = {}): void {
    if (!alert.caseId || !alert.taskKind || this.completing()) return;
    this.completing.set(alert.id);
    this.completeError.set(null);
    this.http.post(`/api/v1/cases/${alert.caseId}/tasks/${alert.subjectId}/done`, request).subscribe({
      next: () => {
        this.completing.set(null);
        this.list.reload();
      },
      error: (error: unknown) => {
        this.completing.set(null);
        this.completeError.set(error instanceof HttpErrorResponse ? error.status : -1);
        // Done meanwhile by a colleague (409) or gone: the list shows what is still due.
        this.list.reload();
      },
    });
  }
}
