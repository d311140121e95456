import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

import {
  type AcceptReferral,
  type CreateReferral,
  type DeclineReferral,
  type ExploitationForm,
  type ReferralBox,
  type ReferralStatus,
  type ReferralView,
  type Urgency,
} from '@ibd/shared/contracts';
import { PagedListStore } from '@ibd/web/shared/data-access';

const REFERRALS_API = '/api/v1/referrals';

/** Which box of the caller's unit, and the status (`null` is any). */
export type ReferralFilter = { box: ReferralBox; status: ReferralStatus | null };

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
export class ReferralsStore extends PagedListStore<ReferralFilter, ReferralView> {
  private readonly http = inject(HttpClient);

  constructor() {
    super(REFERRALS_API, { box: 'inbox', status: null });
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
