import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

import { IbdDateTimePipe, SubmissionErrorComponent } from '@ibd/web/shared/ui';
import type { Submission } from '@ibd/web/shared/util';

/**
 * The end of one setting's row on the settings page: its save button, what the row projects (a note,
 * the field's message), when it was last changed, the error box and the "saved" confirmation. Its
 * parts take their places in the row's grid.
 */
@Component({
  selector: 'ibd-setting-save',
  imports: [MatButtonModule, TranslocoPipe, IbdDateTimePipe, SubmissionErrorComponent],
  template: `
    <button
      mat-stroked-button
      type="submit"
      [disabled]="submission().pending()"
      [attr.data-testid]="testId() + '-save'"
    >
      {{ (submission().pending() ? 'common.saving' : 'common.save') | transloco }}
    </button>
    <ng-content />
    <p class="updated">{{ 'settings.updatedAt' | transloco: { date: (updatedAt() | ibdDateTime) } }}</p>
    <ibd-submission-error [submission]="submission()" />
    <div role="status">
      @if (saved()) {
        <p class="saved">{{ 'settings.saved' | transloco: { name: label() } }}</p>
      }
    </div>
  `,
  styles: `
    :host {
      display: contents;
    }
    button {
      justify-self: start;
    }
    p,
    ibd-submission-error,
    div {
      grid-column: 1 / -1;
    }
    .updated {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .saved {
      margin: 0.5rem 0 0;
      padding: 0.5rem 1rem;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingSaveComponent {
  readonly submission = input.required<Submission>();
  readonly testId = input.required<string>();
  /** Translated name of the setting, for the confirmation. */
  readonly label = input.required<string>();
  readonly updatedAt = input<string | null>(null);
  /** The API has taken the last change. */
  readonly saved = input(false);
}
