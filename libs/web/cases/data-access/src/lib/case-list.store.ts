import { httpResource } from '@angular/common/http';
import { computed, Injectable, signal } from '@angular/core';

import { DEFAULT_PAGE_SIZE, type Page } from '@ibd/shared/contracts';

import { CASES_API } from './cases.api';
import type { CaseFilter, CaseListItem } from './cases.models';

/** The caller's cases (the API scopes them), filtered and paged. */
@Injectable()
export class CaseListStore {
  readonly filter = signal<CaseFilter>({
    status: null,
    child: null,
    exploitationForm: null,
    q: '',
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
  });

  private readonly list = httpResource<Page<CaseListItem>>(() => {
    const { status, child, exploitationForm, q, page, pageSize } = this.filter();
    const params: Record<string, string | number | boolean> = { page, pageSize };
    if (status) params['status'] = status;
    if (child !== null) params['child'] = child;
    if (exploitationForm) params['exploitationForm'] = exploitationForm;
    if (q.trim()) params['q'] = q.trim();
    return { url: CASES_API, params };
  });

  readonly page = computed<Page<CaseListItem> | null>(() => (this.list.hasValue() ? this.list.value() : null));
  readonly loading = this.list.isLoading;
  readonly error = this.list.error;

  setFilter(change: Partial<Omit<CaseFilter, 'page' | 'pageSize'>>): void {
    this.filter.update((filter) => ({ ...filter, ...change, page: 1 }));
  }

  setPage(page: number, pageSize: number): void {
    this.filter.update((filter) => ({ ...filter, page, pageSize }));
  }

  reload(): void {
    this.list.reload();
  }
}
