import { HttpClient, httpResource } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { Observable } from 'rxjs';

import {
  type CreateUser,
  DEFAULT_PAGE_SIZE,
  type Page,
  type Role,
  type SessionUser,
  type UpdateUser,
} from '@ibd/shared/contracts';

const USERS_API = '/api/v1/users';

export interface UserView extends SessionUser {
  active: boolean;
  createdAt: string;
}

export interface UserFilter {
  role: Role | null;
  unitId: string | null;
  q: string;
  page: number;
  pageSize: number;
}

/** Fields the API's validation messages may name. */
export const USER_FIELDS = ['username', 'displayName', 'password', 'role', 'unitId', 'active'] as const;

/** Users for the admin: a filtered, paged list, and create/update. */
@Injectable()
export class UsersStore {
  private readonly http = inject(HttpClient);

  readonly filter = signal<UserFilter>({ role: null, unitId: null, q: '', page: 1, pageSize: DEFAULT_PAGE_SIZE });

  private readonly list = httpResource<Page<UserView>>(() => {
    const { role, unitId, q, page, pageSize } = this.filter();
    const params: Record<string, string | number> = { page, pageSize };
    if (role) params['role'] = role;
    if (unitId) params['unitId'] = unitId;
    if (q.trim()) params['q'] = q.trim();
    return { url: USERS_API, params };
  });

  readonly page = computed<Page<UserView> | null>(() => (this.list.hasValue() ? this.list.value() : null));
  readonly loading = this.list.isLoading;
  readonly error = this.list.error;

  setFilter(change: Partial<Omit<UserFilter, 'page'>>): void {
    this.filter.update((filter) => ({ ...filter, ...change, page: 1 }));
  }

  setPage(page: number, pageSize: number): void {
    this.filter.update((filter) => ({ ...filter, page, pageSize }));
  }

  reload(): void {
    this.list.reload();
  }

  get(id: string): Observable<UserView> {
    return this.http.get<UserView>(`${USERS_API}/${id}`);
  }

  create(user: CreateUser): Observable<UserView> {
    return this.http.post<UserView>(USERS_API, user);
  }

  update(id: string, changes: UpdateUser): Observable<UserView> {
    return this.http.patch<UserView>(`${USERS_API}/${id}`, changes);
  }
}
