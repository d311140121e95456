import { Directive, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';

import type { BedBoardEntry } from '@ibd/shared/contracts';
import { BedBoardStore } from '@ibd/web/placements/data-access';
import { FORM_KIT } from '@ibd/web/shared/ui';
import { localDateTimeInput, Submission } from '@ibd/web/shared/util';

import { FormButtonsComponent } from './form-buttons.component';

/** What the templates of the bed board's forms use. */
export const PLACEMENT_FORM_IMPORTS = [FORM_KIT, MatCheckboxModule, FormButtonsComponent] as const;

/** What the bed board's forms share: the bed acted on, the board's store, sending, and how they close. */
@Directive()
export abstract class PlacementForm {
  readonly bed = input.required<BedBoardEntry>();
  /** Emits the notice (a translation key) once the change is saved. */
  readonly saved = output<string>();
  readonly cancelled = output();

  protected readonly store = inject(BedBoardStore);
  protected readonly fb = inject(NonNullableFormBuilder);
  protected readonly submission = new Submission();
  /** The "now" the form was opened with: a moment left unchanged is sent as it was. */
  protected readonly openedAt = localDateTimeInput();

  protected get placementId(): string {
    return this.bed().occupiedBy?.placementId ?? '';
  }
}
