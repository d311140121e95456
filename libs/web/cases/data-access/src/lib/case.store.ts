import { httpResource } from '@angular/common/http';
import { computed, Injectable, signal } from '@angular/core';

import type { Page, PlacementView, ReferralView } from '@ibd/shared/contracts';

import { CASES_API, VICTIMS_API } from './cases.api';
import type { CaseView, PlanView, ServiceRecordView, TimelineEntry, VictimView } from './cases.models';

/** One case and what hangs off it: the person, timeline, services and plan. Provided per case page. */
@Injectable()
export class CaseStore {
  readonly caseId = signal<string | null>(null);

  private readonly caseResource = httpResource<CaseView>(() => {
    const id = this.caseId();
    return id ? `${CASES_API}/${id}` : undefined;
  });
  private readonly victimResource = httpResource<VictimView>(() => {
    const victimId = this.case()?.victimId;
    return victimId ? `${VICTIMS_API}/${victimId}` : undefined;
  });
  private readonly timelineResource = httpResource<Page<TimelineEntry>>(() => {
    const id = this.caseId();
    return id ? { url: `${CASES_API}/${id}/timeline`, params: { pageSize: 100 } } : undefined;
  });
  private readonly servicesResource = httpResource<Page<ServiceRecordView>>(() => {
    const id = this.caseId();
    return id ? { url: `${CASES_API}/${id}/services`, params: { pageSize: 100 } } : undefined;
  });
  private readonly planResource = httpResource<PlanView>(() => {
    const id = this.caseId();
    return id ? `${CASES_API}/${id}/plan` : undefined;
  });

  private readonly placementsResource = httpResource<Page<PlacementView>>(() => {
    const caseId = this.caseId();
    return caseId ? { url: '/api/v1/placements', params: { caseId, pageSize: 100 } } : undefined;
  });
  private readonly referralsResource = httpResource<Page<ReferralView>>(() => {
    const caseId = this.caseId();
    return caseId ? { url: '/api/v1/referrals', params: { caseId, pageSize: 100 } } : undefined;
  });

  readonly case = computed(() => (this.caseResource.hasValue() ? this.caseResource.value() : null));
  readonly caseLoading = this.caseResource.isLoading;
  readonly caseError = this.caseResource.error;
  readonly victim = computed(() => (this.victimResource.hasValue() ? this.victimResource.value() : null));
  readonly timeline = computed(() => (this.timelineResource.hasValue() ? this.timelineResource.value().items : null));
  readonly timelineLoading = this.timelineResource.isLoading;
  readonly services = computed(() => (this.servicesResource.hasValue() ? this.servicesResource.value().items : null));
  readonly servicesLoading = this.servicesResource.isLoading;
  readonly plan = computed(() => (this.planResource.hasValue() ? this.planResource.value() : null));
  readonly planLoading = this.planResource.isLoading;
  readonly placements = computed(() =>
    this.placementsResource.hasValue() ? this.placementsResource.value().items : null,
  );
  readonly referrals = computed(() =>
    this.referralsResource.hasValue() ? this.referralsResource.value().items : null,
  );
  /** Total minutes of services rendered, for the services tab's summary. */
  readonly serviceMinutes = computed(() =>
    (this.services() ?? []).reduce((sum, record) => sum + record.durationMinutes, 0),
  );

  load(caseId: string): void {
    this.caseId.set(caseId);
  }

  /** After a change: the case and its history. */
  refreshCase(): void {
    this.caseResource.reload();
    this.timelineResource.reload();
  }

  refreshServices(): void {
    this.servicesResource.reload();
    this.timelineResource.reload();
  }

  refreshPlan(): void {
    this.planResource.reload();
    this.timelineResource.reload();
  }
}
