import { HttpClient, httpResource } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

import type { UpdateAlertSetting, UpdateLegalTerm, UpdateStayTerm } from '@ibd/shared/contracts';

/** GET /stay-terms: the minimum stay per kind of shelter (ЗБТХ чл. 9). */
export interface StayTerm {
  facilityKind: string;
  minStayDays: number;
  basis: string;
  updatedAt: string;
}

/** GET /legal-terms: a term the law sets (reflection period, child notification, retention). */
export interface LegalTerm {
  key: string;
  value: number;
  unit: string;
  basis: string;
  updatedAt: string;
}

/** GET /alert-settings: a threshold of the alerts job, in hours or days. */
export interface AlertSetting {
  key: string;
  value: number;
  unit: 'hours' | 'days' | string;
  description: string;
  updatedAt: string;
}

/** The fields the API names in its validation messages. */
export const STAY_TERM_FIELD = 'minStayDays';
export const VALUE_FIELD = 'value';

/** What an admin sets for the legal terms, stays and alerts; each change is audited by the API. */
@Injectable()
export class SettingsStore {
  private readonly http = inject(HttpClient);
  private readonly stayTermsResource = httpResource<StayTerm[]>(() => '/api/v1/stay-terms');
  private readonly alertSettingsResource = httpResource<AlertSetting[]>(() => '/api/v1/alert-settings');
  private readonly legalTermsResource = httpResource<LegalTerm[]>(() => '/api/v1/legal-terms');

  readonly stayTerms = computed(() => (this.stayTermsResource.hasValue() ? this.stayTermsResource.value() : null));
  readonly alertSettings = computed(() =>
    this.alertSettingsResource.hasValue() ? this.alertSettingsResource.value() : null,
  );
  readonly legalTerms = computed(() => (this.legalTermsResource.hasValue() ? this.legalTermsResource.value() : null));
  readonly legalTermsLoading = this.legalTermsResource.isLoading;
  readonly legalTermsError = this.legalTermsResource.error;
  readonly stayTermsLoading = this.stayTermsResource.isLoading;
  readonly alertSettingsLoading = this.alertSettingsResource.isLoading;
  readonly stayTermsError = this.stayTermsResource.error;
  readonly alertSettingsError = this.alertSettingsResource.error;

  updateStayTerm(facilityKind: string, minStayDays: number): Observable<StayTerm> {
    return this.http.patch<StayTerm>(`/api/v1/stay-terms/${encodeURIComponent(facilityKind)}`, {
      minStayDays,
    } satisfies UpdateStayTerm);
  }

  updateAlertSetting(key: string, value: number): Observable<AlertSetting> {
    return this.http.patch<AlertSetting>(`/api/v1/alert-settings/${encodeURIComponent(key)}`, {
      value,
    } satisfies UpdateAlertSetting);
  }

  updateLegalTerm(key: string, value: number): Observable<LegalTerm> {
    return this.http.patch<LegalTerm>(`/api/v1/legal-terms/${encodeURIComponent(key)}`, {
      value,
    } satisfies UpdateLegalTerm);
  }

  reloadLegalTerms(): void {
    this.legalTermsResource.reload();
  }

  reloadStayTerms(): void {
    this.stayTermsResource.reload();
  }

  reloadAlertSettings(): void {
    this.alertSettingsResource.reload();
  }
}
