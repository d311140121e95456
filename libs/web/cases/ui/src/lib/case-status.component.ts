import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import type { CaseStatus } from '@ibd/shared/contracts';

/** A case's status as a small coloured label (the text carries the meaning, not the colour). */
@Component({
  selector: 'ibd-case-status',
  imports: [TranslocoPipe],
  template: `<span class="status" [class]="'status status--' + status()">{{
    'code.caseStatus.' + status() | transloco
  }}</span>`,
  styles: `
    .status {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border-radius: 1rem;
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .status--active {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .status--closed {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseStatusComponent {
  readonly status = input.required<CaseStatus>();
}
