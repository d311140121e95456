import { HttpClient, httpResource } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import { type Observable, tap } from 'rxjs';

import type { MfaPolicyView, Role, UpdateMfaPolicy } from '@ibd/shared/contracts';

/** The field the API names in its validation messages. */
export const MFA_POLICY_FIELD = 'required';

/**
 * Which roles must sign in with a second factor, while the installation's MFA_REQUIRED is on
 * (docs/data-protection.md, "Signing in"); each change is audited by the API.
 */
@Injectable()
export class MfaPolicyStore {
  private readonly http = inject(HttpClient);
  private readonly resource = httpResource<MfaPolicyView>(() => '/api/v1/mfa-policies');

  readonly policy = computed(() => (this.resource.hasValue() ? this.resource.value() : null));
  readonly loading = this.resource.isLoading;
  readonly error = this.resource.error;

  /** The API answers the whole policy, which then replaces what the page shows. */
  update(role: Role, required: boolean): Observable<MfaPolicyView> {
    return this.http
      .patch<MfaPolicyView>(`/api/v1/mfa-policies/${encodeURIComponent(role)}`, {
        required,
      } satisfies UpdateMfaPolicy)
      .pipe(tap((policy) => this.resource.set(policy)));
  }
}
