import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

import type { CloseCase, ClosureReason, CreatePlanReview, PlanItemStatus, UpdatePlanItem } from '@ibd/shared/contracts';

import type {
  CaseView,
  CreateCase,
  CreatePlanItem,
  CreateServiceRecord,
  CreateVictim,
  PlanItemView,
  ServiceRecordView,
  UpdateCase,
} from './cases.models';

export const CASES_API = '/api/v1/cases';
export const VICTIMS_API = '/api/v1/victims';
export const SERVICE_TYPES_API = '/api/v1/service-types';

/** The writes of the case records' endpoints (docs/case-records.md); reads go through the stores' resources. */
@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);

  createVictim(victim: CreateVictim): Observable<{ id: string; code: string }> {
    return this.http.post<{ id: string; code: string }>(VICTIMS_API, victim);
  }

  createCase(body: CreateCase): Observable<{ id: string; code: string; status: string }> {
    return this.http.post<{ id: string; code: string; status: string }>(CASES_API, body);
  }

  update(caseId: string, changes: UpdateCase): Observable<CaseView> {
    return this.http.patch<CaseView>(`${CASES_API}/${caseId}`, changes);
  }

  addPlanReview(caseId: string, review: CreatePlanReview): Observable<unknown> {
    return this.http.post(`${CASES_API}/${caseId}/plan/reviews`, review);
  }

  /** The case as an HTCDS record for a partner abroad (docs/interchange.md), as a file. */
  exportHtcds(caseId: string, format: 'htcds-json' | 'htcds-csv'): Observable<Blob> {
    return this.http.get(`${CASES_API}/${caseId}/interchange`, { params: { format }, responseType: 'blob' });
  }

  activate(caseId: string): Observable<CaseView> {
    return this.http.post<CaseView>(`${CASES_API}/${caseId}/activate`, {});
  }

  close(caseId: string, reason: ClosureReason): Observable<CaseView> {
    return this.http.post<CaseView>(`${CASES_API}/${caseId}/close`, { reason } satisfies CloseCase);
  }

  reopen(caseId: string): Observable<CaseView> {
    return this.http.post<CaseView>(`${CASES_API}/${caseId}/reopen`, {});
  }

  completeTask(caseId: string, taskId: string): Observable<unknown> {
    return this.http.post(`${CASES_API}/${caseId}/tasks/${taskId}/done`, {});
  }

  recordService(caseId: string, record: CreateServiceRecord): Observable<ServiceRecordView> {
    return this.http.post<ServiceRecordView>(`${CASES_API}/${caseId}/services`, record);
  }

  setPlanItemStatus(caseId: string, itemId: string, status: PlanItemStatus): Observable<PlanItemView> {
    return this.http.patch<PlanItemView>(`${CASES_API}/${caseId}/plan/items/${itemId}`, {
      status,
    } satisfies UpdatePlanItem);
  }

  addPlanItem(caseId: string, item: CreatePlanItem): Observable<PlanItemView> {
    return this.http.post<PlanItemView>(`${CASES_API}/${caseId}/plan/items`, item);
  }
}
