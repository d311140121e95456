import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';

import type { UnitView } from '@ibd/shared/contracts';

import { UNITS_API } from './auth.api';
import { AuthStore } from './auth.store';

@Injectable({ providedIn: 'root' })
export class UnitsStore {
  private readonly auth = inject(AuthStore);
  private readonly units = httpResource<UnitView[]>(() => (this.auth.isAuthenticated() ? UNITS_API : undefined));

  /** Every active unit (facilities, agencies, the administration), by code. */
  readonly all = computed<UnitView[]>(() => (this.units.hasValue() ? this.units.value() : []));
  readonly loading = this.units.isLoading;

  /** The signed-in user's unit, or null when the user has none or units could not be loaded. */
  readonly currentUnit = computed<UnitView | null>(() => {
    const unitId = this.auth.user()?.unitId;
    return this.all().find((unit) => unit.id === unitId) ?? null;
  });

  byId(id: string | null | undefined): UnitView | null {
    return this.all().find((unit) => unit.id === id) ?? null;
  }
}
