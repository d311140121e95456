import { HttpClient, httpResource } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { Observable } from 'rxjs';

import {
  type AuditHead,
  type AuditVerification,
  type AuditView as AuditEntry,
  DEFAULT_PAGE_SIZE,
  type Page,
} from '@ibd/shared/contracts';

export type { AuditEntry, AuditHead, AuditVerification };

const AUDIT_API = '/api/v1/audit';

export interface AuditFilter {
  entity: string;
  entityId: string;
  from: string;
  to: string;
  page: number;
  pageSize: number;
}

export const AUDIT_FIELDS = ['entity', 'entityId', 'actorId', 'from', 'to'] as const;

/** The append-only, hash-chained audit log: entries, the chain's head and its verification. */
@Injectable()
export class AuditStore {
  private readonly http = inject(HttpClient);

  readonly filter = signal<AuditFilter>({
    entity: '',
    entityId: '',
    from: '',
    to: '',
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
  });

  private readonly list = httpResource<Page<AuditEntry>>(() => {
    const { entity, entityId, from, to, page, pageSize } = this.filter();
    const params: Record<string, string | number> = { page, pageSize };
    if (entity.trim()) params['entity'] = entity.trim();
    if (entityId.trim()) params['entityId'] = entityId.trim();
    if (from) params['from'] = from;
    if (to) params['to'] = to;
    return { url: AUDIT_API, params };
  });

  readonly page = computed(() => (this.list.hasValue() ? this.list.value() : null));
  readonly loading = this.list.isLoading;
  readonly error = this.list.error;

  setFilter(change: Partial<Omit<AuditFilter, 'page' | 'pageSize'>>): void {
    this.filter.update((filter) => ({ ...filter, ...change, page: 1 }));
  }

  setPage(page: number, pageSize: number): void {
    this.filter.update((filter) => ({ ...filter, page, pageSize }));
  }

  verify(): Observable<AuditVerification> {
    return this.http.get<AuditVerification>(`${AUDIT_API}/verify`);
  }

  head(): Observable<AuditHead> {
    return this.http.get<AuditHead>(`${AUDIT_API}/head`);
  }
}
