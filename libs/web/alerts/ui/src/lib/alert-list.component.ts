import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import type { AlertView } from '@ibd/shared/contracts';
import { IbdDatePipe, IbdDateTimePipe } from '@ibd/web/shared/ui';

/** Alerts as a list: what, which record (by code), where, and by when. */
@Component({
  selector: 'ibd-alert-list',
  imports: [RouterLink, TranslocoPipe, IbdDatePipe, IbdDateTimePipe],
  template: `
    <ul class="alerts" data-testid="alert-list">
      @for (alert of alerts(); track alert.id) {
        <li [class]="'alert alert--' + alert.kind">
          <strong>{{ 'code.alert.' + alert.kind | transloco }}</strong>
          <span>
            @if (caseLinks() && alert.caseId) {
              <a [routerLink]="['/cases', alert.caseId]">{{ alert.code }}</a>
            } @else {
              {{ alert.code }}
            }
          </span>
          <span>{{ alert.unitCode }}</span>
          <span>
            @if (alert.dueAt) {
              {{ 'alerts.dueAt' | transloco: { date: (alert.dueAt | ibdDateTime) } }}
            } @else if (alert.dueDate) {
              {{ 'alerts.dueAt' | transloco: { date: (alert.dueDate | ibdDate) } }}
            }
          </span>
        </li>
      }
    </ul>
  `,
  styles: `
    .alerts {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .alert {
      display: grid;
      grid-template-columns: minmax(14rem, 2fr) minmax(10rem, 1.5fr) 8rem 1fr;
      gap: 0.25rem 1rem;
      padding: 0.5rem 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      border-inline-start: 6px solid #b26a00;
      @media (max-width: 840px) {
        grid-template-columns: 1fr 1fr;
      }
    }
    .alert--term_overdue,
    .alert--child_notification_overdue {
      border-inline-start-color: var(--mat-sys-error);
    }
    .alert--referral_unanswered {
      border-inline-start-color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertListComponent {
  readonly alerts = input.required<readonly AlertView[]>();
  /** Staff may open the case behind an alert; monitors read codes only. */
  readonly caseLinks = input(false);
}
