import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

import type { CreateUser, Role, SessionUser, UpdateUser } from '@ibd/shared/contracts';
import { PagedListStore } from '@ibd/web/shared/data-access';

const USERS_API = '/api/v1/users';

export interface UserView extends SessionUser {
  active: boolean;
  createdAt: string;
}

/** What the user list is filtered by; `null` or blank is any. */
export type UserFilter = { role: Role | null; unitId: string | null; q: string };

/** Fields the API's validation messages may name. */
export const USER_FIELDS = ['username', 'displayName', 'password', 'role', 'unitId', 'active'] as const;

/** Users for the admin: a filtered, paged list, and create/update. */
@Injectable()
export class UsersStore extends PagedListStore<UserFilter, UserView> {
  private readonly http = inject(HttpClient);

  constructor() {
    super(USERS_API, { role: null, unitId: null, q: '' });
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
