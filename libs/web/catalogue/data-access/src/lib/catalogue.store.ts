import { HttpClient, httpResource } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  BedView,
  CreateBed,
  CreateServiceType,
  FacilityView,
  ServiceTypeView,
  UpdateBed,
} from '@ibd/shared/contracts';

export const SERVICE_TYPE_FIELDS = ['code', 'nameBg', 'nameEn'] as const;

/** What an admin keeps: the service catalogue, and a view of the facilities and their capacity. */
@Injectable()
export class CatalogueStore {
  private readonly http = inject(HttpClient);
  private readonly typesResource = httpResource<ServiceTypeView[]>(() => '/api/v1/service-types');
  private readonly facilitiesResource = httpResource<FacilityView[]>(() => '/api/v1/facilities');

  /** The facility whose beds are shown, or null. */
  readonly bedsFacilityId = signal<string | null>(null);
  private readonly bedsResource = httpResource<BedView[]>(() => {
    const id = this.bedsFacilityId();
    return id ? `/api/v1/facilities/${id}/beds` : undefined;
  });

  readonly beds = computed(() => (this.bedsResource.hasValue() ? this.bedsResource.value() : null));
  readonly types = computed(() => (this.typesResource.hasValue() ? this.typesResource.value() : null));
  readonly facilities = computed(() => (this.facilitiesResource.hasValue() ? this.facilitiesResource.value() : null));
  readonly loading = computed(() => this.typesResource.isLoading() || this.facilitiesResource.isLoading());

  createType(type: CreateServiceType): Observable<ServiceTypeView> {
    return this.http.post<ServiceTypeView>('/api/v1/service-types', type);
  }

  reloadTypes(): void {
    this.typesResource.reload();
  }

  addBed(facilityId: string, bed: CreateBed): Observable<unknown> {
    return this.http.post(`/api/v1/facilities/${facilityId}/beds`, bed);
  }

  updateBed(bedId: string, change: UpdateBed): Observable<unknown> {
    return this.http.patch(`/api/v1/beds/${bedId}`, change);
  }

  /** After a bed change: the bed list and the capacities. */
  reloadBeds(): void {
    this.bedsResource.reload();
    this.facilitiesResource.reload();
  }
}
