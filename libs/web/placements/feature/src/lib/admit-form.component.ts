import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { Validators } from '@angular/forms';

import { PLACEMENT_FIELDS } from '@ibd/web/placements/data-access';
import { textOptions } from '@ibd/web/shared/ui';
import { momentOf } from '@ibd/web/shared/util';

import { PLACEMENT_FORM_IMPORTS, PlacementForm } from './placement-form';

/** Admits one of the facility's cases to a free bed. */
@Component({
  selector: 'ibd-admit-form',
  imports: [PLACEMENT_FORM_IMPORTS],
  templateUrl: './admit-form.component.html',
  styleUrl: './placement-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdmitFormComponent extends PlacementForm {
  protected readonly cases = computed(() =>
    textOptions(
      this.store.admittable(),
      (item) => item.id,
      (item) => item.code,
    ),
  );
  protected readonly form = this.fb.group({
    caseId: ['', Validators.required],
    admittedAt: [this.openedAt, Validators.required],
    consent: this.fb.group({ given: [false, Validators.requiredTrue] }),
  });

  protected submit(): void {
    this.submission.submit(
      this.form,
      () => {
        const { caseId, admittedAt } = this.form.getRawValue();
        return this.store.admit({
          caseId,
          facilityId: this.store.facilityId() ?? '',
          bedId: this.bed().id,
          admittedAt: momentOf(admittedAt, this.openedAt),
          consent: { given: true },
        });
      },
      { fields: PLACEMENT_FIELDS, done: () => this.saved.emit('beds.admitted') },
    );
  }
}
