import { httpResource } from '@angular/common/http';
import { computed, Injectable, signal } from '@angular/core';

import { type AlertKind, type AlertView, DEFAULT_PAGE_SIZE, type Page } from '@ibd/shared/contracts';

export interface AlertFilter {
  kind: AlertKind | null;
  page: number;
  pageSize: number;
}

/** Alerts as the alerts job last computed them, scoped to the caller by the API. */
@Injectable()
export class AlertsStore {
  readonly filter = signal<AlertFilter>({ kind: null, page: 1, pageSize: DEFAULT_PAGE_SIZE });
  /** Off for roles that have no alerts (the API would refuse them). */
  readonly enabled = signal(true);

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
}
