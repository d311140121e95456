import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';

import { PLACEMENT_FIELDS } from '@ibd/web/placements/data-access';
import { ErrorBoxComponent, FieldErrorComponent } from '@ibd/web/shared/ui';
import { momentOf } from '@ibd/web/shared/util';

import { FormButtonsComponent } from './form-buttons.component';
import { PlacementForm } from './placement-form';

/** Admits one of the facility's cases to a free bed. */
@Component({
  selector: 'ibd-admit-form',
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorBoxComponent,
    FieldErrorComponent,
    FormButtonsComponent,
  ],
  templateUrl: './admit-form.component.html',
  styleUrl: './placement-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdmitFormComponent extends PlacementForm {
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
