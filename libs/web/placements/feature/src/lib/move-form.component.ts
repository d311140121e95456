import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { Validators } from '@angular/forms';

import { PLACEMENT_FIELDS } from '@ibd/web/placements/data-access';
import { textOptions } from '@ibd/web/shared/ui';
import { momentOf } from '@ibd/web/shared/util';

import { PLACEMENT_FORM_IMPORTS, PlacementForm } from './placement-form';

/** Moves a resident to another free bed of the facility. */
@Component({
  selector: 'ibd-move-form',
  imports: [PLACEMENT_FORM_IMPORTS],
  templateUrl: './move-form.component.html',
  styleUrl: './placement-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoveFormComponent extends PlacementForm {
  protected readonly beds = computed(() =>
    textOptions(
      this.store.freeBeds(),
      (bed) => bed.id,
      (bed) => `${bed.label} · ${bed.code}`,
    ),
  );
  protected readonly form = this.fb.group({
    bedId: ['', Validators.required],
    at: [this.openedAt, Validators.required],
  });

  protected submit(): void {
    this.submission.submit(
      this.form,
      () => {
        const { bedId, at } = this.form.getRawValue();
        return this.store.move(this.placementId, { bedId, at: momentOf(at, this.openedAt) });
      },
      { fields: PLACEMENT_FIELDS, done: () => this.saved.emit('beds.moved') },
    );
  }
}
