import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { switchMap, of } from 'rxjs';

import {
  type ExploitationForm,
  SEXES,
  type Sex,
  SOURCES,
  type Source,
  type MeansOfControl,
  type RecruiterRelationship,
} from '@ibd/shared/contracts';
import { CASE_FIELDS, CasesApi, type CreateCase, type CreateVictim, VICTIM_FIELDS } from '@ibd/web/cases/data-access';
import { FORM_KIT, codeOptions, countryOptions, PageHeaderComponent } from '@ibd/web/shared/ui';
import { type ApiError, COUNTRY_CODES, Submission, todayIso } from '@ibd/web/shared/util';

import { CaseDetailFieldsComponent } from './case-detail-fields.component';

/** A warning the user may acknowledge (same name and birth date) or a refusal (same personal number). */
interface DuplicateNotice {
  kind: 'possible' | 'personalNumber';
  codes: string[];
}

@Component({
  selector: 'ibd-case-new-page',
  imports: [FORM_KIT, RouterLink, CaseDetailFieldsComponent, PageHeaderComponent],
  templateUrl: './case-new-page.component.html',
  styleUrl: './case-new-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseNewPageComponent {
  private readonly api = inject(CasesApi);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly sexes = codeOptions(SEXES, 'code.sex.');
  protected readonly sources = codeOptions(SOURCES, 'code.source.');
  protected readonly countries = countryOptions(COUNTRY_CODES);
  protected readonly personalNumberTypes = codeOptions(['egn', 'lnch'] as const, 'caseNew.');
  protected readonly today = todayIso();

  protected readonly form = this.fb.group({
    victim: this.fb.group({
      identity: this.fb.group({
        firstName: ['', [Validators.required, Validators.maxLength(100)]],
        middleName: ['', Validators.maxLength(100)],
        lastName: ['', [Validators.required, Validators.maxLength(100)]],
        personalNumberType: ['egn' as 'egn' | 'lnch'],
        personalNumber: ['', Validators.pattern(/^\d{10}$/)],
        dateOfBirth: [''],
      }),
      sex: ['' as Sex | '', Validators.required],
      citizenship: [''],
      birthYear: [null as number | null, [Validators.min(1900), Validators.max(2200)]],
    }),
    case: this.fb.group({
      identifiedAt: [todayIso(), Validators.required],
      identifiedBy: ['' as Source | '', Validators.required],
      exploitationForms: [[] as ExploitationForm[], Validators.required],
      recruitmentCountries: [[] as string[]],
      exploitationCountries: [[] as string[]],
      formalIdentifiedAt: [''],
      formalIdentifiedBy: ['' as Source | ''],
      meansOfControl: [[] as MeansOfControl[]],
      recruiterRelationship: ['' as RecruiterRelationship | ''],
    }),
  });

  protected readonly submission = new Submission();
  protected readonly duplicate = signal<DuplicateNotice | null>(null);
  /** Once the person is registered, a failed case is retried without registering them again. */
  protected readonly victim = signal<{ id: string; code: string } | null>(null);

  protected submit(acknowledgeDuplicate = false): void {
    const registered = this.victim();
    let stage: 'victim' | 'case' = registered ? 'case' : 'victim';
    const request = () => {
      this.duplicate.set(null);
      const victim$ = registered ? of(registered) : this.api.createVictim(this.victimBody(acknowledgeDuplicate));
      return victim$.pipe(
        switchMap((created) => {
          this.victim.set(created);
          this.form.controls.victim.disable();
          stage = 'case';
          return this.api.createCase(this.caseBody(created.id));
        }),
      );
    };
    // Once the person is registered their fields are disabled and only the case's must be valid.
    this.submission.submit(this.form, request, {
      form: () => (stage === 'victim' ? this.form.controls.victim : this.form.controls.case),
      fields: () => (stage === 'victim' ? VICTIM_FIELDS : CASE_FIELDS),
      handle: (error) => this.showDuplicate(error),
      done: (created) => void this.router.navigate(['/cases', created.id]),
    });
  }

  /** A duplicate is a notice of its own (the user may register a possible duplicate anyway). */
  private showDuplicate(error: ApiError): boolean {
    if (error.code !== 'POSSIBLE_DUPLICATE' && error.code !== 'DUPLICATE_PERSONAL_NUMBER') return false;
    const codes = error.body['existingCodes'] ?? [error.body['existingCode']];
    this.duplicate.set({
      kind: error.code === 'POSSIBLE_DUPLICATE' ? 'possible' : 'personalNumber',
      codes: (Array.isArray(codes) ? codes : []).filter((code): code is string => typeof code === 'string'),
    });
    return true;
  }

  private victimBody(acknowledgeDuplicate: boolean): CreateVictim {
    const { identity, sex, citizenship, birthYear } = this.form.controls.victim.getRawValue();
    return {
      identity: {
        firstName: identity.firstName.trim(),
        lastName: identity.lastName.trim(),
        ...(identity.middleName.trim() ? { middleName: identity.middleName.trim() } : {}),
        ...(identity.personalNumber
          ? { personalNumber: identity.personalNumber, personalNumberType: identity.personalNumberType }
          : {}),
        ...(identity.dateOfBirth ? { dateOfBirth: identity.dateOfBirth } : {}),
      },
      sex: sex as Sex,
      ...(citizenship ? { citizenship } : {}),
      ...(birthYear && !identity.dateOfBirth ? { birthYear } : {}),
      ...(acknowledgeDuplicate ? { acknowledgeDuplicate: true } : {}),
    };
  }

  private caseBody(victimId: string): CreateCase {
    const value = this.form.controls.case.getRawValue();
    return {
      victimId,
      identifiedAt: value.identifiedAt,
      identifiedBy: value.identifiedBy as Source,
      exploitationForms: value.exploitationForms,
      ...(value.recruitmentCountries.length ? { recruitmentCountries: value.recruitmentCountries } : {}),
      ...(value.exploitationCountries.length ? { exploitationCountries: value.exploitationCountries } : {}),
      ...(value.formalIdentifiedAt ? { formalIdentifiedAt: value.formalIdentifiedAt } : {}),
      ...(value.formalIdentifiedBy ? { formalIdentifiedBy: value.formalIdentifiedBy as Source } : {}),
      ...(value.meansOfControl.length ? { meansOfControl: value.meansOfControl } : {}),
      ...(value.recruiterRelationship ? { recruiterRelationship: value.recruiterRelationship } : {}),
    };
  }
}
