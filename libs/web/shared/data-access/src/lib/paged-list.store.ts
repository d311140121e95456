import { type HttpResourceRef, httpResource } from '@angular/common/http';
import { computed, type Signal, signal, type WritableSignal } from '@angular/core';

import { DEFAULT_PAGE_SIZE, type Page } from '@ibd/shared/contracts';
import { errorKeyOf } from '@ibd/web/shared/util';

/** A value a list can be filtered by; `null` and an empty string mean "any". */
export type FilterValue = string | number | boolean | null;

/** A list's filter with the page the user is on. */
export type Paged<F> = F & { page: number; pageSize: number };

/** The query parameters of a filter: strings trimmed, "any" (`null`, blank) left out. */
function queryParams(filter: Record<string, FilterValue>): Record<string, string | number | boolean> {
  const params: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(filter)) {
    const sent = typeof value === 'string' ? value.trim() : value;
    if (sent !== null && sent !== '') params[name] = sent;
  }
  return params;
}

/**
 * The store behind an `ibd-paged-list`: a filtered, paged list read from `GET url?…filter&page&pageSize`
 * (the API scopes it to the caller). A new filter goes back to page 1; `enabled` off sends nothing (a
 * role the API would refuse). Subclasses are `@Injectable()` services that pass their URL and the
 * filter's starting values, and add the list's other requests.
 */
export abstract class PagedListStore<F extends Record<string, FilterValue>, T> {
  readonly filter: WritableSignal<Paged<F>>;
  readonly enabled = signal(true);
  /** The page that came last, or null before the first one. */
  readonly page: Signal<Page<T> | null>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<unknown>;
  /** Translation key of the list's error by its HTTP status, or null. */
  readonly errorKey: Signal<string | null>;
  private readonly list: HttpResourceRef<Page<T> | undefined>;

  protected constructor(url: string, filter: F) {
    this.filter = signal({ ...filter, page: 1, pageSize: DEFAULT_PAGE_SIZE });
    this.list = httpResource<Page<T>>(() => (this.enabled() ? { url, params: queryParams(this.filter()) } : undefined));
    this.page = computed(() => (this.list.hasValue() ? this.list.value() : null));
    this.loading = this.list.isLoading;
    this.error = this.list.error;
    this.errorKey = computed(() => errorKeyOf(this.list.error()));
  }

  setFilter(change: Partial<F>): void {
    this.filter.update((filter) => ({ ...filter, ...change, page: 1 }));
  }

  /** The paginator's event (`pageIndex` counts from 0, the API's `page` from 1). */
  changePage({ pageIndex, pageSize }: { pageIndex: number; pageSize: number }): void {
    this.filter.update((filter) => ({ ...filter, page: pageIndex + 1, pageSize }));
  }

  reload(): void {
    this.list.reload();
  }
}
