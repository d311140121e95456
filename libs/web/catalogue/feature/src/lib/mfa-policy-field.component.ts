import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Role } from '@ibd/shared/contracts';
import { MFA_POLICY_FIELD, MfaPolicyStore } from '@ibd/web/catalogue/data-access';
import { FieldErrorComponent } from '@ibd/web/shared/ui';
import { Submission } from '@ibd/web/shared/util';

import { SettingSaveComponent } from './setting-save.component';

/**
 * Whether one role must sign in with a second factor: a toggle, saved on its own (the page provides
 * the store). The API's
 * validation message for the field is shown under it; other errors above the confirmation.
 */
@Component({
  selector: 'ibd-mfa-policy-field',
  imports: [ReactiveFormsModule, MatSlideToggleModule, TranslocoPipe, FieldErrorComponent, SettingSaveComponent],
  template: `
    <form class="policy" [formGroup]="form()" (ngSubmit)="submit()" novalidate>
      <mat-slide-toggle [formControlName]="field" [attr.data-testid]="testId()">
        {{ 'settings.mfaRequiredFor' | transloco: { role: label() } }}
      </mat-slide-toggle>
      <ibd-setting-save
        [submission]="submission"
        [testId]="testId()"
        [label]="label()"
        [updatedAt]="updatedAt()"
        [saved]="done()"
      >
        <ibd-field-error [attr.data-testid]="testId() + '-error'" [control]="control()" />
      </ibd-setting-save>
    </form>
  `,
  styles: `
    .policy {
      display: grid;
      grid-template-columns: minmax(14rem, 22rem) auto;
      gap: 0.25rem 1rem;
      align-items: center;
      padding-block: 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    ibd-field-error {
      grid-column: 1 / -1;
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MfaPolicyFieldComponent {
  private readonly store = inject(MfaPolicyStore);

  readonly role = input.required<Role>();
  /** Translated name of the role. */
  readonly label = input.required<string>();
  readonly required = input.required<boolean>();
  readonly updatedAt = input<string | null>(null);
  readonly testId = input.required<string>();

  protected readonly field = MFA_POLICY_FIELD;
  /** A (re)loaded policy replaces what was toggled: the toggle shows what is stored. */
  protected readonly control = computed(() => new FormControl(this.required(), { nonNullable: true }));
  protected readonly form = computed(() => new FormGroup({ [this.field]: this.control() }));
  protected readonly submission = new Submission();
  protected readonly done = signal(false);

  protected submit(): void {
    this.done.set(false);
    this.submission.send(this.store.update(this.role(), this.control().value), {
      form: this.form(),
      fields: [this.field],
      boxOnlyForUnplaced: true,
      done: () => this.done.set(true),
    });
  }
}
