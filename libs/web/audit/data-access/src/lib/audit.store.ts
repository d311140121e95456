import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

import type { AuditHead, AuditVerification, AuditView as AuditEntry } from '@ibd/shared/contracts';
import { PagedListStore } from '@ibd/web/shared/data-access';

export type { AuditEntry, AuditHead, AuditVerification };

const AUDIT_API = '/api/v1/audit';

/** What the audit log is filtered by (`from`/`to` as ISO dates); blank is any. */
export type AuditFilter = { entity: string; entityId: string; from: string; to: string };

export const AUDIT_FIELDS = ['entity', 'entityId', 'actorId', 'from', 'to'] as const;

/** The append-only, hash-chained audit log: entries, the chain's head and its verification. */
@Injectable()
export class AuditStore extends PagedListStore<AuditFilter, AuditEntry> {
  private readonly http = inject(HttpClient);

  constructor() {
    super(AUDIT_API, { entity: '', entityId: '', from: '', to: '' });
  }

  verify(): Observable<AuditVerification> {
    return this.http.get<AuditVerification>(`${AUDIT_API}/verify`);
  }

  head(): Observable<AuditHead> {
    return this.http.get<AuditHead>(`${AUDIT_API}/head`);
  }
}
