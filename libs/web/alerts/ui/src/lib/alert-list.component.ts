import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import type { AlertView } from '@ibd/shared/contracts';
import { IbdDatePipe, IbdDateTimePipe } from '@ibd/web/shared/ui';
import { lateness } from '@ibd/web/shared/util';

import { groupAlerts } from './alert-groups';

/**
 * Alerts grouped per case: which record (by code) and where, then each alert: what (for a child
 * notification, to whom), by when and how late; staff mark a notification done on its row.
 */
@Component({
  selector: 'ibd-alert-list',
  imports: [MatButtonModule, RouterLink, TranslocoPipe, IbdDatePipe, IbdDateTimePipe],
  template: `
    <ul class="alerts" data-testid="alert-list">
      @for (group of groups(); track group.key) {
        <li class="group" data-testid="alert-group">
          <div class="group__head">
            <span class="group__code">
              @if (caseLinks() && group.caseId) {
                <a [routerLink]="['/cases', group.caseId]">{{ group.code }}</a>
              } @else {
                {{ group.code }}
              }
            </span>
            <span>{{ group.unitCode }}</span>
          </div>
          <ul class="group__alerts">
            @for (alert of group.alerts; track alert.id) {
              <li [class]="'alert alert--' + alert.kind" data-testid="alert-row">
                <span>
                  <strong>{{ 'code.alert.' + alert.kind | transloco }}</strong>
                  @if (alert.taskKind) {
                    <span class="alert__task">: {{ 'code.task.' + alert.taskKind | transloco }}</span>
                  }
                </span>
                <span>
                  @if (alert.dueAt) {
                    {{ 'alerts.dueAt' | transloco: { date: (alert.dueAt | ibdDateTime) } }}
                  } @else if (alert.dueDate) {
                    {{ 'alerts.dueAt' | transloco: { date: (alert.dueDate | ibdDate) } }}
                  }
                </span>
                <span class="alert__late">
                  @if (late(alert); as late) {
                    {{ late.key | transloco: { count: late.count } }}
                  }
                </span>
                <span>
                  @if (canComplete() && alert.taskKind && alert.caseId) {
                    <button
                      mat-stroked-button
                      type="button"
                      data-testid="alert-done"
                      [disabled]="completing() !== null"
                      [attr.aria-label]="
                        'alerts.markDoneLabel'
                          | transloco: { task: ('code.task.' + alert.taskKind | transloco), code: alert.code }
                      "
                      (click)="complete.emit(alert)"
                    >
                      {{ 'alerts.markDone' | transloco }}
                    </button>
                  }
                </span>
              </li>
            }
          </ul>
        </li>
      }
    </ul>
  `,
  styles: `
    .alerts,
    .group__alerts {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .group {
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      padding-block: 0.5rem;
    }
    .group__head {
      display: flex;
      gap: 1rem;
      padding-inline: 0.75rem;
      font: var(--mat-sys-title-small);
    }
    .alert {
      display: grid;
      grid-template-columns: minmax(14rem, 2fr) minmax(10rem, 1.5fr) 8rem minmax(8rem, auto);
      align-items: center;
      gap: 0.25rem 1rem;
      padding: 0.25rem 0.75rem;
      margin-block-start: 0.25rem;
      border-inline-start: 6px solid #b26a00;
      @media (max-width: 840px) {
        grid-template-columns: 1fr 1fr;
      }
    }
    .alert__late {
      font-weight: 500;
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
  /** Staff of the facility mark a child notification done from its row. */
  readonly canComplete = input(false);
  /** The alert whose task is being marked done (every button waits meanwhile). */
  readonly completing = input<string | null>(null);
  readonly complete = output<AlertView>();

  protected readonly groups = computed(() => groupAlerts(this.alerts()));
  protected readonly late = (alert: AlertView) => lateness(alert);
}
