import { ChangeDetectionStrategy, Component, inject, input, OnInit, output } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';

import type { ExploitationForm, MeansOfControl, RecruiterRelationship, Source } from '@ibd/shared/contracts';
import { CASE_FIELDS, CasesApi, type CaseView, type UpdateCase } from '@ibd/web/cases/data-access';
import { FORM_KIT } from '@ibd/web/shared/ui';
import { Submission, todayIso } from '@ibd/web/shared/util';

import { CaseDetailFieldsComponent } from './case-detail-fields.component';

/** Editing what is learnt later: formal identification (it starts the reflection period), forms, countries. */
@Component({
  selector: 'ibd-case-details-form',
  imports: [FORM_KIT, MatCheckboxModule, CaseDetailFieldsComponent],
  template: `
    <form class="details" [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="case-details-form">
      <ibd-case-detail-fields [controls]="form.controls" />
      <fieldset class="wide consent" [formGroup]="form.controls.transnationalConsent">
        <legend>{{ 'cases.trmConsent' | transloco }}</legend>
        <mat-checkbox formControlName="given" data-testid="case-trm-consent">{{
          'cases.trmConsentGiven' | transloco
        }}</mat-checkbox>
        @if (form.controls.transnationalConsent.controls.given.value) {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'cases.trmConsentDate' | transloco }}</mat-label>
            <input matInput type="date" formControlName="date" [max]="today" required data-testid="case-trm-date" />
            <ibd-field-error matError [control]="form.controls.transnationalConsent.controls.date" />
          </mat-form-field>
          <mat-checkbox formControlName="includesIdentity" data-testid="case-trm-identity">{{
            'cases.trmConsentIdentity' | transloco
          }}</mat-checkbox>
        }
      </fieldset>
      <ibd-submission-error class="wide" [submission]="submission" />
      <div class="wide actions">
        <button mat-flat-button type="submit" [disabled]="submission.pending()" data-testid="case-details-save">
          {{ (submission.pending() ? 'common.saving' : 'common.save') | transloco }}
        </button>
        <button mat-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | transloco }}</button>
      </div>
    </form>
  `,
  styles: `
    .details {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
      gap: 0 1rem;
      margin-block-end: 1rem;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .actions {
      display: flex;
      gap: 1rem;
    }
    .consent {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      border: none;
      padding: 0;
      margin-block-end: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseDetailsFormComponent implements OnInit {
  private readonly api = inject(CasesApi);

  readonly case = input.required<CaseView>();
  readonly saved = output<void>();
  readonly cancelled = output<void>();

  protected readonly submission = new Submission();

  protected readonly form = inject(NonNullableFormBuilder).group({
    formalIdentifiedAt: [''],
    formalIdentifiedBy: ['' as Source | ''],
    exploitationForms: [[] as ExploitationForm[], Validators.required],
    recruitmentCountries: [[] as string[]],
    exploitationCountries: [[] as string[]],
    meansOfControl: [[] as MeansOfControl[]],
    recruiterRelationship: ['' as RecruiterRelationship | ''],
    transnationalConsent: inject(NonNullableFormBuilder).group({
      given: [false],
      date: [''],
      includesIdentity: [false],
    }),
  });
  protected readonly today = todayIso();

  ngOnInit(): void {
    const item = this.case();
    this.form.reset({
      formalIdentifiedAt: item.formalIdentifiedAt ?? '',
      formalIdentifiedBy: item.formalIdentifiedBy ?? '',
      exploitationForms: item.exploitationForms,
      recruitmentCountries: item.recruitmentCountries,
      exploitationCountries: item.exploitationCountries,
      meansOfControl: item.meansOfControl,
      recruiterRelationship: item.recruiterRelationship ?? '',
      transnationalConsent: {
        given: item.transnationalConsent.given,
        date: item.transnationalConsent.date ?? '',
        includesIdentity: item.transnationalConsent.includesIdentity,
      },
    });
  }

  protected save(): void {
    const consent = this.form.controls.transnationalConsent.controls;
    consent.date.setValidators(consent.given.value ? Validators.required : null);
    consent.date.updateValueAndValidity();
    this.submission.submit(this.form, () => this.api.update(this.case().id, this.changes()), {
      fields: CASE_FIELDS,
      done: () => this.saved.emit(),
    });
  }

  private changes(): UpdateCase {
    const value = this.form.getRawValue();
    return {
      exploitationForms: value.exploitationForms,
      recruitmentCountries: value.recruitmentCountries,
      exploitationCountries: value.exploitationCountries,
      meansOfControl: value.meansOfControl,
      recruiterRelationship: value.recruiterRelationship || null,
      transnationalConsent: value.transnationalConsent.given
        ? {
            given: true,
            date: value.transnationalConsent.date,
            includesIdentity: value.transnationalConsent.includesIdentity,
          }
        : { given: false },
      ...(value.formalIdentifiedAt && value.formalIdentifiedBy
        ? { formalIdentifiedAt: value.formalIdentifiedAt, formalIdentifiedBy: value.formalIdentifiedBy }
        : {}),
    };
  }
}
