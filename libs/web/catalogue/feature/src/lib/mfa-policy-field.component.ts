import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Role } from '@ibd/shared/contracts';
import { MFA_POLICY_FIELD, MfaPolicyStore } from '@ibd/web/catalogue/data-access';
import { ErrorBoxComponent, FieldErrorComponent, IbdDateTimePipe } from '@ibd/web/shared/ui';
import { Submission } from '@ibd/web/shared/util';

/**
 * Whether one role must sign in with a second factor: a toggle, saved on its own (the page provides
 * the store). The API's
 * validation message for the field is shown under it; other errors above the confirmation.
 */
@Component({
  selector: 'ibd-mfa-policy-field',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatSlideToggleModule,
    TranslocoPipe,
    ErrorBoxComponent,
    FieldErrorComponent,
    IbdDateTimePipe,
  ],
  template: `
    <form class="policy" [formGroup]="form()" (ngSubmit)="submit()" novalidate>
      <mat-slide-toggle [formControlName]="field" [attr.data-testid]="testId()">
        {{ 'settings.mfaRequiredFor' | transloco: { role: label() } }}
      </mat-slide-toggle>
      <button
        mat-stroked-button
        type="submit"
        [disabled]="submission.pending()"
        [attr.data-testid]="testId() + '-save'"
      >
        {{ (submission.pending() ? 'common.saving' : 'common.save') | transloco }}
      </button>
      <ibd-field-error [attr.data-testid]="testId() + '-error'" [control]="control()" />
      <p class="policy__updated">{{ 'settings.updatedAt' | transloco: { date: (updatedAt() | ibdDateTime) } }}</p>
      @if (submission.errorKey(); as key) {
        <ibd-error-box [heading]="key | transloco" [messages]="submission.errorMessages()" />
      }
      <div role="status">
        @if (done()) {
          <p class="policy__saved">{{ 'settings.saved' | transloco: { name: label() } }}</p>
        }
      </div>
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
      button {
        justify-self: start;
      }
      > p,
      > ibd-field-error,
      > ibd-error-box,
      > div {
        grid-column: 1 / -1;
      }
    }
    ibd-field-error {
      color: var(--mat-sys-error);
    }
    .policy__updated {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .policy__saved {
      margin: 0.5rem 0 0;
      padding: 0.5rem 1rem;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
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
