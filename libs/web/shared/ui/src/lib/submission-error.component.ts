import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import type { Submission } from '@ibd/web/shared/util';

import { ErrorBoxComponent } from './states.component';

/**
 * The error box of a form's sending, as every form shows it: once the API has refused, the heading by
 * its answer and the messages that no field took; nothing before or while it sends.
 */
@Component({
  selector: 'ibd-submission-error',
  imports: [TranslocoPipe, ErrorBoxComponent],
  template: `
    @if (submission().errorKey(); as key) {
      <ibd-error-box [heading]="key | transloco" [messages]="submission().errorMessages()" />
    }
  `,
  // A block in the form's grid or column while it shows an error; no box (and no gap) until then.
  styles: `
    :host {
      display: block;
    }
    :host:empty {
      display: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmissionErrorComponent {
  readonly submission = input.required<Submission>();
}
