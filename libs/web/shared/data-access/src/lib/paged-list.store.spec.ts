import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef, Injectable } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { DEFAULT_PAGE_SIZE } from '@ibd/shared/contracts';

import { PagedListStore } from './paged-list.store';

type ThingFilter = { q: string; status: string | null; child: boolean | null };

@Injectable()
class ThingsStore extends PagedListStore<ThingFilter, { id: string }> {
  constructor() {
    super('/api/v1/things', { q: '', status: null, child: null });
  }
}

function setUp() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), ThingsStore] });
  const store = TestBed.inject(ThingsStore);
  const http = TestBed.inject(HttpTestingController);
  /** Lets the store send, then returns the one request it sent. */
  const sent = () => {
    TestBed.tick();
    return http.expectOne((request) => request.url === '/api/v1/things');
  };
  return { store, http, sent };
}

describe('PagedListStore', () => {
  it('asks for the first page at the default size, leaving out filters that mean "any"', () => {
    const { sent, http } = setUp();
    const request = sent();
    expect(request.request.params.keys().sort()).toEqual(['page', 'pageSize']);
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('pageSize')).toBe(String(DEFAULT_PAGE_SIZE));
    http.verify();
  });

  it('sends strings trimmed and false as false, and a blank string not at all', () => {
    const { store, sent, http } = setUp();
    sent().flush({ items: [], total: 0, page: 1, pageSize: DEFAULT_PAGE_SIZE });
    store.setFilter({ q: '  Ivan ', child: false, status: 'open' });
    const params = sent().request.params;
    expect([params.get('q'), params.get('child'), params.get('status')]).toEqual(['Ivan', 'false', 'open']);

    store.setFilter({ q: '   ' });
    expect(sent().request.params.has('q')).toBe(false);
    http.verify();
  });

  it('maps the paginator to the API page and goes back to page 1 when the filter changes', async () => {
    const { store, sent } = setUp();
    sent().flush({ items: [], total: 120, page: 1, pageSize: DEFAULT_PAGE_SIZE });
    store.changePage({ pageIndex: 2, pageSize: 50 });
    const third = sent();
    expect([third.request.params.get('page'), third.request.params.get('pageSize')]).toEqual(['3', '50']);
    third.flush({ items: [{ id: 'c' }], total: 120, page: 3, pageSize: 50 });
    await TestBed.inject(ApplicationRef).whenStable();
    expect(store.page()?.items).toEqual([{ id: 'c' }]);

    store.setFilter({ status: 'closed' });
    const filtered = sent();
    expect([filtered.request.params.get('page'), filtered.request.params.get('pageSize')]).toEqual(['1', '50']);
  });

  it('sends nothing while disabled (a role the API would refuse)', () => {
    const { store, http } = setUp();
    store.enabled.set(false);
    TestBed.tick();
    http.expectNone('/api/v1/things', 'no list request while disabled');
    expect(store.page()).toBeNull();
  });

  it('names a failed load by its status and keeps no page', async () => {
    const { store, sent } = setUp();
    expect(store.errorKey()).toBeNull();
    sent().flush({ message: 'Forbidden' }, { status: 403, statusText: 'Forbidden' });
    await TestBed.inject(ApplicationRef).whenStable();
    expect(store.errorKey()).toBe('error.forbidden');
    expect(store.page()).toBeNull();
  });
});
