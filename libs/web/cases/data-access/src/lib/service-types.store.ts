import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';

import { AuthStore } from '@ibd/web/shared/data-access';

import { SERVICE_TYPES_API } from './cases.api';
import type { ServiceTypeView } from './cases.models';

/** The service catalogue (it can grow, so its names come from the API in both languages). */
@Injectable({ providedIn: 'root' })
export class ServiceTypesStore {
  private readonly auth = inject(AuthStore);
  private readonly resource = httpResource<ServiceTypeView[]>(() =>
    this.auth.isAuthenticated() ? SERVICE_TYPES_API : undefined,
  );

  readonly types = computed<ServiceTypeView[]>(() => (this.resource.hasValue() ? this.resource.value() : []));
  readonly loading = this.resource.isLoading;

  /** The name of a service type in the UI language; the code when the catalogue lacks it. */
  label(code: string, language: string): string {
    const type = this.types().find((candidate) => candidate.code === code);
    return type ? (language === 'bg' ? type.nameBg : type.nameEn) : code;
  }
}
