import { HttpClient, httpResource } from '@angular/common/http';
import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { Subscription, switchMap, takeWhile, timer } from 'rxjs';

import { todayIso } from '@ibd/web/shared/util';

import type { MonitoringFilter, MonitoringView, ReportingView, RunView } from './statistics.models';

export const STATISTICS_API = '/api/v1/statistics';
const POLL_MS = 1000;

/** The monitoring snapshot of a period, and the statistics run that rebuilds it. */
@Injectable()
export class MonitoringStore {
  private readonly http = inject(HttpClient);
  private polling: Subscription | null = null;

  readonly filter = signal<MonitoringFilter>({
    from: `${todayIso().slice(0, 4)}-01-01`,
    to: todayIso(),
    facilityId: null,
    periodKind: 'month',
  });

  private readonly snapshot = httpResource<MonitoringView>(() => {
    const { from, to, facilityId, periodKind } = this.filter();
    const params: Record<string, string> = { from, to, periodKind };
    if (facilityId) params['facilityId'] = facilityId;
    return { url: `${STATISTICS_API}/monitoring`, params };
  });

  readonly view = computed(() => (this.snapshot.hasValue() ? this.snapshot.value() : null));
  readonly loading = this.snapshot.isLoading;
  readonly error = this.snapshot.error;

  /** The run started from this page, as last polled. */
  readonly run = signal<RunView | null>(null);
  readonly runError = signal<unknown>(null);
  readonly running = computed(() => {
    const status = this.run()?.status;
    return status === 'queued' || status === 'running';
  });

  /** The reporting tables of the filter's period, loaded on request. */
  readonly reporting = signal<ReportingView | null>(null);
  readonly reportingLoading = signal(false);
  readonly reportingError = signal<unknown>(null);

  loadReporting(): void {
    const { from, to } = this.filter();
    this.reportingLoading.set(true);
    this.reportingError.set(null);
    this.http.get<ReportingView>(`${STATISTICS_API}/reporting`, { params: { from, to } }).subscribe({
      next: (view) => {
        this.reportingLoading.set(false);
        this.reporting.set(view);
      },
      error: (error: unknown) => {
        this.reportingLoading.set(false);
        this.reportingError.set(error);
      },
    });
  }

  constructor() {
    inject(DestroyRef).onDestroy(() => this.polling?.unsubscribe());
  }

  setFilter(change: Partial<MonitoringFilter>): void {
    this.filter.update((current) => ({ ...current, ...change }));
  }

  /** Asks the worker to rebuild the period's figures and follows its progress until it ends. */
  startRun(): void {
    const { from, to } = this.filter();
    this.runError.set(null);
    this.polling?.unsubscribe();
    this.polling = this.http
      .post<{ id: string; status: 'queued' }>(`${STATISTICS_API}/runs`, { from, to })
      .pipe(
        switchMap(({ id, status }) => {
          this.run.set({ id, status, progress: 0, from, to, attempts: 0, createdAt: new Date().toISOString() });
          return timer(POLL_MS, POLL_MS).pipe(switchMap(() => this.http.get<RunView>(`${STATISTICS_API}/runs/${id}`)));
        }),
        takeWhile((run) => run.status === 'queued' || run.status === 'running', true),
      )
      .subscribe({
        next: (run) => {
          this.run.set(run);
          if (run.status === 'done') {
            this.snapshot.reload();
          }
        },
        error: (error: unknown) => this.runError.set(error),
      });
  }
}
