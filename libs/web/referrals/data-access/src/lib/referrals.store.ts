import { HttpClient, httpResource } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { Observable } from 'rxjs';

import {
  type AcceptReferral,
  type CreateReferral,
  type DeclineReferral,
  DEFAULT_PAGE_SIZE,
  type ExploitationForm,
  type Page,
  type ReferralBox,
  type ReferralStatus,
  type ReferralView,
  type Urgency,
} from '@ibd/shared/contracts';

const REFERRALS_API = '/api/v1/referrals';

export interface ReferralFilter {
  box: ReferralBox;
  status: ReferralStatus | null;
  page: number;
  pageSize: number;
}

export const REFERRAL_FIELDS = [
  'toUnitId',
  'source',
  'caseId',
  'victim',
  'victim.sex',
  'victim.citizenship',
  'victim.birthYear',
  'victim.exploitationForms',
  'reason',
  'urgency',
  'consent',
  'consent.given',
  'consent.date',
  'transnational',
  'transnational.country',
] as const;

/** Referral inbox and outbox of the caller's unit, and the transitions of the NRM. */
@Injectable()
export class ReferralsStore {
  private readonly http = inject(HttpClient);

  readonly filter = signal<ReferralFilter>({ box: 'inbox', status: null, page: 1, pageSize: DEFAULT_PAGE_SIZE });

  private readonly list = httpResource<Page<ReferralView>>(() => {
    const { box, status, page, pageSize } = this.filter();
    const params: Record<string, string | number> = { box, page, pageSize };
    if (status) params['status'] = status;
    return { url: REFERRALS_API, params };
  });

  readonly page = computed(() => (this.list.hasValue() ? this.list.value() : null));
  readonly loading = this.list.isLoading;
  readonly error = this.list.error;

  setFilter(change: Partial<Omit<ReferralFilter, 'page' | 'pageSize'>>): void {
    this.filter.update((filter) => ({ ...filter, ...change, page: 1 }));
  }

  setPage(page: number, pageSize: number): void {
    this.filter.update((filter) => ({ ...filter, page, pageSize }));
  }

  reload(): void {
    this.list.reload();
  }

  create(referral: CreateReferral): Observable<{ id: string; status: ReferralStatus }> {
    return this.http.post<{ id: string; status: ReferralStatus }>(REFERRALS_API, referral);
  }

  /** A partner's HTCDS record from abroad, as an incoming referral to a facility (social workers). */
  importHtcds(record: unknown, toUnitId: string, urgency: Urgency): Observable<{ id: string; code: string }> {
    return this.http.post<{ id: string; code: string }>(`${REFERRALS_API}/import`, record, {
      params: { toUnitId, urgency },
    });
  }

  /** Accepting at a facility opens (or links) the case; forms of exploitation when the referral has none. */
  accept(id: string, exploitationForms: ExploitationForm[] = []): Observable<ReferralView> {
    const body: AcceptReferral = exploitationForms.length ? { exploitationForms } : {};
    return this.http.post<ReferralView>(`${REFERRALS_API}/${id}/accept`, body);
  }

  decline(id: string, reason: string): Observable<ReferralView> {
    const body: DeclineReferral = { reason };
    return this.http.post<ReferralView>(`${REFERRALS_API}/${id}/decline`, body);
  }

  withdraw(id: string): Observable<ReferralView> {
    return this.http.post<ReferralView>(`${REFERRALS_API}/${id}/withdraw`, {});
  }

  complete(id: string): Observable<ReferralView> {
    return this.http.post<ReferralView>(`${REFERRALS_API}/${id}/complete`, {});
  }
}
