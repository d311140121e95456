import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';

import { FieldErrorComponent } from '@ibd/web/shared/ui';

import type { CreateServiceRecord, ServiceTypeView } from '@ibd/web/cases/data-access';
import { localDateTimeInput, momentOf } from '@ibd/web/shared/util';

/**
 * Logging a service: pick the type and save (time defaults to now, duration to an hour), so it takes
 * three clicks from the case page: open, type, save.
 */
@Component({
  selector: 'ibd-service-log-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslocoPipe,
    FieldErrorComponent,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="log" data-testid="service-form">
      <mat-radio-group
        formControlName="type"
        class="log__types"
        [attr.aria-label]="'services.type' | transloco"
        required
      >
        @for (type of types(); track type.code) {
          <mat-radio-button [value]="type.code" [attr.data-testid]="'service-type-' + type.code">
            {{ language() === 'bg' ? type.nameBg : type.nameEn }}
          </mat-radio-button>
        }
      </mat-radio-group>
      <ibd-field-error
        class="log__error"
        role="alert"
        [control]="form.controls.type"
        [keys]="{ required: 'services.pickType' }"
      />
      <div class="log__row">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'services.providedAt' | transloco }}</mat-label>
          <input
            matInput
            type="datetime-local"
            formControlName="providedAt"
            required
            data-testid="service-provided-at"
          />
          <ibd-field-error matError [control]="form.controls.providedAt" />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'services.duration' | transloco }}</mat-label>
          <input
            matInput
            type="number"
            min="1"
            max="1440"
            formControlName="durationMinutes"
            required
            data-testid="service-duration"
          />
          <ibd-field-error
            matError
            [control]="form.controls.durationMinutes"
            [keys]="{ required: 'services.durationHint', min: 'services.durationHint', max: 'services.durationHint' }"
          />
        </mat-form-field>
        <mat-form-field appearance="outline" class="log__notes">
          <mat-label>{{ 'services.notes' | transloco }}</mat-label>
          <input matInput formControlName="notes" maxlength="1000" autocomplete="off" />
          <ibd-field-error matError [control]="form.controls.notes" />
        </mat-form-field>
      </div>
      <div class="log__actions">
        <button mat-flat-button type="submit" [disabled]="pending()" data-testid="service-save">
          {{ (pending() ? 'common.saving' : 'services.save') | transloco }}
        </button>
        <button mat-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | transloco }}</button>
      </div>
    </form>
  `,
  styles: `
    .log__types {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      margin-block-end: 0.75rem;
    }
    .log__row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .log__notes {
      flex: 1 1 16rem;
    }
    .log__actions {
      display: flex;
      gap: 1rem;
    }
    .log__error {
      display: block;
      color: var(--mat-sys-error);
      margin: 0 0 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceLogFormComponent {
  readonly types = input.required<readonly ServiceTypeView[]>();
  readonly language = input.required<string>();
  readonly pending = input(false);
  readonly saved = output<CreateServiceRecord>();
  readonly cancelled = output<void>();

  private readonly openedAt = localDateTimeInput();
  /** Public so the page that sends the record can place the API's messages at its fields. */
  readonly form = inject(NonNullableFormBuilder).group({
    type: ['', Validators.required],
    providedAt: [this.openedAt, Validators.required],
    durationMinutes: [60, [Validators.required, Validators.min(1), Validators.max(1440)]],
    notes: [''],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { type, providedAt, durationMinutes, notes } = this.form.getRawValue();
    this.saved.emit({
      type,
      providedAt: momentOf(providedAt, this.openedAt),
      durationMinutes: Number(durationMinutes),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    });
  }
}
