import { ChangeDetectionStrategy, Component, type OnInit } from '@angular/core';
import { Validators } from '@angular/forms';

import { EXTENSION_PROPOSERS, type ExtensionProposer } from '@ibd/shared/contracts';
import { PLACEMENT_FIELDS } from '@ibd/web/placements/data-access';
import { codeOptions } from '@ibd/web/shared/ui';
import { addDays, todayIso } from '@ibd/web/shared/util';

import { PLACEMENT_FORM_IMPORTS, PlacementForm } from './placement-form';

/** Extends a stay past its limit, with the reason and the legal basis. */
@Component({
  selector: 'ibd-extend-form',
  imports: [PLACEMENT_FORM_IMPORTS],
  templateUrl: './extend-form.component.html',
  styleUrl: './placement-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExtendFormComponent extends PlacementForm implements OnInit {
  protected readonly proposers = codeOptions(EXTENSION_PROPOSERS, 'code.proposer.');
  protected readonly form = this.fb.group({
    until: ['', Validators.required],
    reason: ['', [Validators.required, Validators.maxLength(1000)]],
    basis: ['ЗБТХ чл. 9 ал. 3', [Validators.required, Validators.maxLength(500)]],
    proposer: ['shelter' as ExtensionProposer],
  });

  ngOnInit(): void {
    // A month past the current limit, the usual extension.
    this.form.controls.until.setValue(addDays(this.bed().occupiedBy?.stayLimitDate ?? todayIso(), 30));
  }

  protected submit(): void {
    this.submission.submit(this.form, () => this.store.extend(this.placementId, this.form.getRawValue()), {
      fields: PLACEMENT_FIELDS,
      done: () => this.saved.emit('beds.extended'),
    });
  }
}
