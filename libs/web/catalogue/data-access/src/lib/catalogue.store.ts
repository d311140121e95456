import { HttpClient, httpResource } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

import type { FacilityView } from '@ibd/shared/contracts';

export interface ServiceType {
  code: string;
  nameBg: string;
  nameEn: string;
}

export const SERVICE_TYPE_FIELDS = ['code', 'nameBg', 'nameEn'] as const;

/** What an admin keeps: the service catalogue, and a view of the facilities and their capacity. */
@Injectable()
export class CatalogueStore {
  private readonly http = inject(HttpClient);
  private readonly typesResource = httpResource<ServiceType[]>(() => '/api/v1/service-types');
  private readonly facilitiesResource = httpResource<FacilityView[]>(() => '/api/v1/facilities');

  readonly types = computed(() => (this.typesResource.hasValue() ? this.typesResource.value() : null));
  readonly facilities = computed(() => (this.facilitiesResource.hasValue() ? this.facilitiesResource.value() : null));
  readonly loading = computed(() => this.typesResource.isLoading() || this.facilitiesResource.isLoading());

  createType(type: ServiceType): Observable<ServiceType> {
    return this.http.post<ServiceType>('/api/v1/service-types', type);
  }

  reloadTypes(): void {
    this.typesResource.reload();
  }
}
