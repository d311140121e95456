import { ChangeDetectionStrategy, Component, inject, input, OnInit, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

import type { ExploitationForm, Source } from '@ibd/shared/contracts';
import { CASE_FIELDS, CasesApi, type CaseView } from '@ibd/web/cases/data-access';
import { ErrorBoxComponent } from '@ibd/web/shared/ui';
import { applyFieldErrors, errorKeyFor, parseApiError } from '@ibd/web/shared/util';

import { CaseDetailFieldsComponent } from './case-detail-fields.component';

/** Editing what is learnt later: formal identification (it starts the reflection period), forms, countries. */
@Component({
  selector: 'ibd-case-details-form',
  imports: [ReactiveFormsModule, MatButtonModule, TranslocoPipe, CaseDetailFieldsComponent, ErrorBoxComponent],
  template: `
    <form class="details" [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="case-details-form">
      <ibd-case-detail-fields [controls]="form.controls" />
      @if (errorKey(); as key) {
        <ibd-error-box class="wide" [heading]="key | transloco" [messages]="errorMessages()" />
      }
      <div class="wide actions">
        <button mat-flat-button type="submit" [disabled]="pending()" data-testid="case-details-save">
          {{ (pending() ? 'common.saving' : 'common.save') | transloco }}
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
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseDetailsFormComponent implements OnInit {
  private readonly api = inject(CasesApi);

  readonly case = input.required<CaseView>();
  readonly saved = output<void>();
  readonly cancelled = output<void>();

  protected readonly pending = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorMessages = signal<string[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    formalIdentifiedAt: [''],
    formalIdentifiedBy: ['' as Source | ''],
    exploitationForms: [[] as ExploitationForm[], Validators.required],
    recruitmentCountries: [[] as string[]],
    exploitationCountries: [[] as string[]],
  });

  ngOnInit(): void {
    const item = this.case();
    this.form.reset({
      formalIdentifiedAt: item.formalIdentifiedAt ?? '',
      formalIdentifiedBy: item.formalIdentifiedBy ?? '',
      exploitationForms: item.exploitationForms,
      recruitmentCountries: item.recruitmentCountries,
      exploitationCountries: item.exploitationCountries,
    });
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.pending.set(true);
    this.errorKey.set(null);
    this.api
      .update(this.case().id, {
        exploitationForms: value.exploitationForms,
        recruitmentCountries: value.recruitmentCountries,
        exploitationCountries: value.exploitationCountries,
        ...(value.formalIdentifiedAt && value.formalIdentifiedBy
          ? { formalIdentifiedAt: value.formalIdentifiedAt, formalIdentifiedBy: value.formalIdentifiedBy }
          : {}),
      })
      .subscribe({
        next: () => {
          this.pending.set(false);
          this.saved.emit();
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const parsed = parseApiError(error, CASE_FIELDS);
          const unplaced = applyFieldErrors(this.form, parsed.fields);
          this.errorKey.set(errorKeyFor(parsed.status));
          this.errorMessages.set([...parsed.messages, ...unplaced]);
        },
      });
  }
}
