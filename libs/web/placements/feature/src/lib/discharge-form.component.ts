import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Validators } from '@angular/forms';

import {
  DISCHARGE_DESTINATIONS,
  DISCHARGE_REASONS,
  type DischargeDestination,
  type DischargePlacement,
  type DischargeReason,
  URGENCIES,
  type Urgency,
} from '@ibd/shared/contracts';
import { PLACEMENT_FIELDS } from '@ibd/web/placements/data-access';
import { AuthStore, UnitsStore } from '@ibd/web/shared/data-access';
import { codeOptions, unitOptions } from '@ibd/web/shared/ui';
import { momentOf, todayIso } from '@ibd/web/shared/util';

import { PLACEMENT_FORM_IMPORTS, PlacementForm } from './placement-form';

/** Ends a stay, with its reason and destination, and if asked an onward referral. */
@Component({
  selector: 'ibd-discharge-form',
  imports: [PLACEMENT_FORM_IMPORTS],
  templateUrl: './discharge-form.component.html',
  styleUrl: './placement-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DischargeFormComponent extends PlacementForm {
  private readonly auth = inject(AuthStore);
  private readonly units = inject(UnitsStore);

  protected readonly reasons = codeOptions(DISCHARGE_REASONS, 'code.dischargeReason.');
  protected readonly destinations = codeOptions(DISCHARGE_DESTINATIONS, 'code.destination.');
  protected readonly urgencies = codeOptions(URGENCIES, 'code.urgency.');
  protected readonly today = todayIso();
  /** Where an onward referral can go: agencies and the other facilities. */
  protected readonly referralUnits = computed(() =>
    unitOptions(
      this.units.all().filter((unit) => unit.kind !== 'administration' && unit.id !== this.auth.user()?.unitId),
    ),
  );

  protected readonly form = this.fb.group({
    dischargedAt: [this.openedAt, Validators.required],
    reason: ['' as DischargeReason | '', Validators.required],
    destination: ['' as DischargeDestination | '', Validators.required],
    withReferral: [false],
    // Checked (enabled) only while the user asks for a referral.
    onwardReferral: this.fb.group({
      toUnitId: ['', Validators.required],
      reason: ['', [Validators.required, Validators.maxLength(2000)]],
      urgency: ['normal' as Urgency],
      consent: this.fb.group({ given: [false, Validators.requiredTrue], date: [todayIso()] }),
    }),
  });

  constructor() {
    super();
    const referral = this.form.controls.onwardReferral;
    referral.disable();
    this.form.controls.withReferral.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((wanted) => (wanted ? referral.enable() : referral.disable()));
  }

  protected submit(): void {
    const withReferral = this.form.controls.withReferral.value;
    this.submission.submit(this.form, () => this.store.discharge(this.placementId, this.body()), {
      fields: PLACEMENT_FIELDS,
      done: () => this.saved.emit(withReferral ? 'beds.dischargedReferred' : 'beds.discharged'),
    });
  }

  private body(): DischargePlacement {
    const value = this.form.getRawValue();
    const referral = value.onwardReferral;
    return {
      dischargedAt: momentOf(value.dischargedAt, this.openedAt),
      reason: value.reason as DischargeReason,
      destination: value.destination as DischargeDestination,
      ...(value.withReferral
        ? {
            onwardReferral: {
              toUnitId: referral.toUnitId,
              reason: referral.reason.trim(),
              urgency: referral.urgency,
              consent: { given: true, date: referral.consent.date },
            },
          }
        : {}),
    };
  }
}
