import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

import type { Submission } from '@ibd/web/shared/util';

/** Save (while the request runs: saving, disabled) and cancel, closing a bed board form. */
@Component({
  selector: 'ibd-form-buttons',
  imports: [MatButtonModule, TranslocoPipe],
  template: `
    <button mat-flat-button type="submit" [disabled]="submission().pending()" data-testid="bed-submit">
      {{ (submission().pending() ? 'common.saving' : 'common.save') | transloco }}
    </button>
    <button mat-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | transloco }}</button>
  `,
  styles: `
    :host {
      grid-column: 1 / -1;
      display: flex;
      gap: 1rem;
      margin-block-start: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormButtonsComponent {
  readonly submission = input.required<Submission>();
  readonly cancelled = output();
}
