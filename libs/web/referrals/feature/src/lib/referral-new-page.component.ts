import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { Router, RouterLink } from '@angular/router';

import {
  type CreateReferral,
  EXPLOITATION_FORMS,
  type ExploitationForm,
  type Page,
  SEXES,
  type Sex,
  SOURCES,
  type Source,
  URGENCIES,
  type Urgency,
} from '@ibd/shared/contracts';
import { REFERRAL_FIELDS, ReferralsStore } from '@ibd/web/referrals/data-access';
import { AuthStore, UnitsStore } from '@ibd/web/shared/data-access';
import {
  FORM_KIT,
  codeOptions,
  countryOptions,
  PageHeaderComponent,
  textOptions,
  unitOptions,
} from '@ibd/web/shared/ui';
import { COUNTRY_CODES, Submission, todayIso } from '@ibd/web/shared/util';

interface CaseOption {
  id: string;
  code: string;
  status: string;
}

@Component({
  selector: 'ibd-referral-new-page',
  imports: [FORM_KIT, RouterLink, MatCheckboxModule, PageHeaderComponent],
  providers: [ReferralsStore],
  templateUrl: './referral-new-page.component.html',
  styleUrl: './referral-new-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferralNewPageComponent {
  private readonly store = inject(ReferralsStore);
  private readonly auth = inject(AuthStore);
  private readonly units = inject(UnitsStore);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly sexes = codeOptions(SEXES, 'code.sex.');
  protected readonly sources = codeOptions(SOURCES, 'code.source.');
  protected readonly urgencies = codeOptions(URGENCIES, 'code.urgency.');
  protected readonly forms = codeOptions(EXPLOITATION_FORMS, 'code.exploitation.');
  protected readonly countries = countryOptions(COUNTRY_CODES);
  protected readonly today = todayIso();

  protected readonly isStaff = computed(() => this.auth.user()?.role === 'shelter_staff');
  /** Staff may refer one of their cases; the API scopes the list to their facility. */
  private readonly cases = httpResource<Page<CaseOption>>(() =>
    this.isStaff() ? { url: '/api/v1/cases', params: { pageSize: 100 } } : undefined,
  );
  protected readonly caseOptions = computed(() =>
    textOptions(
      this.cases.hasValue() ? this.cases.value().items.filter((item) => item.status !== 'closed') : [],
      (item) => item.id,
      (item) => item.code,
    ),
  );
  protected readonly targets = computed(() =>
    unitOptions(
      this.units.all().filter((unit) => unit.kind !== 'administration' && unit.id !== this.auth.user()?.unitId),
    ),
  );

  protected readonly form = this.fb.group({
    toUnitId: ['', Validators.required],
    caseId: [''],
    victim: this.fb.group({
      sex: ['' as Sex | ''],
      citizenship: [''],
      birthYear: [null as number | null, [Validators.min(1900), Validators.max(2200)]],
      exploitationForms: [[] as ExploitationForm[]],
    }),
    source: ['' as Source | ''],
    reason: ['', [Validators.required, Validators.maxLength(2000)]],
    urgency: ['normal' as Urgency, Validators.required],
    consent: this.fb.group({
      given: [false, Validators.requiredTrue],
      date: [todayIso(), Validators.required],
    }),
    transnational: this.fb.group({ country: [''] }),
  });
  protected readonly chosenCaseId = toSignal(this.form.controls.caseId.valueChanges, { initialValue: '' });

  /** `?caseId=` when sent from a case page. */
  readonly caseId = input<string>();

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      if (caseId) this.form.controls.caseId.setValue(caseId);
    });
  }

  protected readonly submission = new Submission();

  protected submit(): void {
    const byCase = !!this.form.controls.caseId.value;
    this.form.controls.victim.controls.sex.setValidators(byCase ? null : Validators.required);
    this.form.controls.victim.controls.sex.updateValueAndValidity();
    this.submission.submit(this.form, () => this.store.create(this.referral(byCase)), {
      fields: REFERRAL_FIELDS,
      done: () => void this.router.navigate(['/referrals'], { queryParams: { box: 'outbox' } }),
    });
  }

  private referral(byCase: boolean): CreateReferral {
    const value = this.form.getRawValue();
    return {
      toUnitId: value.toUnitId,
      reason: value.reason.trim(),
      urgency: value.urgency,
      consent: { given: true, date: value.consent.date },
      ...(value.source ? { source: value.source } : {}),
      ...(byCase
        ? { caseId: value.caseId }
        : {
            victim: {
              sex: value.victim.sex as Sex,
              ...(value.victim.citizenship ? { citizenship: value.victim.citizenship } : {}),
              ...(value.victim.birthYear ? { birthYear: Number(value.victim.birthYear) } : {}),
              ...(value.victim.exploitationForms.length ? { exploitationForms: value.victim.exploitationForms } : {}),
            },
          }),
      ...(value.transnational.country ? { transnational: { country: value.transnational.country } } : {}),
    };
  }
}
