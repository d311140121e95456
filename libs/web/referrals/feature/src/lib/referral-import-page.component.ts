import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { type AbstractControl, NonNullableFormBuilder, type ValidationErrors, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';

import { FACILITY_KINDS, URGENCIES, type Urgency } from '@ibd/shared/contracts';
import { ReferralsStore } from '@ibd/web/referrals/data-access';
import { UnitsStore } from '@ibd/web/shared/data-access';
import { FORM_KIT, codeOptions, PageHeaderComponent, unitOptions } from '@ibd/web/shared/ui';
import { Submission } from '@ibd/web/shared/util';

/**
 * A social worker brings in a partner's HTCDS record from abroad (a JSON file or pasted text) as a
 * referral to a facility. The API checks every field and names the one it refuses.
 */
@Component({
  selector: 'ibd-referral-import-page',
  imports: [FORM_KIT, RouterLink, PageHeaderComponent],
  providers: [ReferralsStore],
  template: `
    <ibd-page-header [heading]="'referrals.import.title' | transloco">
      <p>{{ 'referrals.import.intro' | transloco }}</p>
    </ibd-page-header>
    <form class="import" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="referral-import-form">
      <ibd-select-field
        label="referrals.toUnit"
        [options]="facilities()"
        [control]="form.controls.toUnitId"
        required
        testId="import-to"
      />
      <ibd-select-field label="referrals.urgency" [options]="urgencies" [control]="form.controls.urgency" required />
      <div class="file">
        <label for="import-file">{{ 'referrals.import.file' | transloco }}</label>
        <input id="import-file" type="file" accept="application/json,.json" (change)="readFile($event)" />
      </div>
      <mat-form-field appearance="outline" class="record">
        <mat-label>{{ 'referrals.import.record' | transloco }}</mat-label>
        <textarea matInput formControlName="record" rows="12" required data-testid="import-record"></textarea>
        <ibd-field-error matError [control]="form.controls.record" [keys]="{ json: 'referrals.import.notJson' }" />
      </mat-form-field>
      <ibd-submission-error [submission]="submission" />
      <div role="status">
        @if (imported(); as code) {
          <p data-testid="import-done">{{ 'referrals.import.done' | transloco: { code } }}</p>
        }
      </div>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="submission.pending()" data-testid="import-submit">
          {{ 'referrals.import.submit' | transloco }}
        </button>
        <a mat-button routerLink="..">{{ 'common.cancel' | transloco }}</a>
      </div>
    </form>
  `,
  styles: `
    .import {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
      gap: 0 1rem;
    }
    .record,
    .file,
    .actions,
    ibd-submission-error,
    [role='status'] {
      grid-column: 1 / -1;
    }
    .file {
      display: flex;
      gap: 1rem;
      align-items: center;
      margin-block-end: 1rem;
    }
    .actions {
      display: flex;
      gap: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferralImportPageComponent {
  private readonly store = inject(ReferralsStore);
  private readonly units = inject(UnitsStore);

  protected readonly urgencies = codeOptions(URGENCIES, 'code.urgency.');
  protected readonly facilities = computed(() =>
    unitOptions(this.units.all().filter((unit) => (FACILITY_KINDS as readonly string[]).includes(unit.kind))),
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    toUnitId: ['', Validators.required],
    urgency: ['normal' as Urgency, Validators.required],
    record: ['', [Validators.required, json]],
  });
  protected readonly submission = new Submission();
  protected readonly imported = signal<string | null>(null);

  protected async readFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) this.form.controls.record.setValue(await file.text());
  }

  protected submit(): void {
    this.imported.set(null);
    this.submission.submit(
      this.form,
      () => {
        const { toUnitId, urgency, record } = this.form.getRawValue();
        return this.store.importHtcds(JSON.parse(record) as unknown, toUnitId, urgency);
      },
      {
        done: (referral) => {
          this.imported.set(referral.code);
          this.form.controls.record.reset('');
        },
      },
    );
  }
}

/** The record must parse as JSON before it is sent. */
function json(control: AbstractControl<string>): ValidationErrors | null {
  try {
    if (control.value) JSON.parse(control.value);
    return null;
  } catch {
    return { json: true };
  }
}
