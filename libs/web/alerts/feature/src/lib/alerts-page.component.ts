import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { PageEvent } from '@angular/material/paginator';
import { TranslocoPipe } from '@jsverse/transloco';

import { ALERT_KINDS, type AlertKind } from '@ibd/shared/contracts';
import { AlertsStore } from '@ibd/web/alerts/data-access';
import { AlertListComponent } from '@ibd/web/alerts/ui';
import { AuthStore } from '@ibd/web/shared/data-access';
import {
  codeOptions,
  ErrorBoxComponent,
  PagedListComponent,
  PageHeaderComponent,
  SelectFieldComponent,
} from '@ibd/web/shared/ui';
import { errorKeyFor } from '@ibd/web/shared/util';

@Component({
  selector: 'ibd-alerts-page',
  imports: [
    TranslocoPipe,
    AlertListComponent,
    ErrorBoxComponent,
    PagedListComponent,
    PageHeaderComponent,
    SelectFieldComponent,
  ],
  providers: [AlertsStore],
  template: `
    <ibd-page-header [heading]="'alerts.title' | transloco">
      <p>{{ 'alerts.intro' | transloco }}</p>
    </ibd-page-header>
    <ibd-select-field
      label="alerts.kind"
      [options]="kinds"
      empty="common.all"
      [emptyValue]="null"
      [value]="store.filter().kind"
      (valueChange)="setKind($event)"
    />
    @if (errorKey(); as key) {
      <ibd-error-box [heading]="key | transloco" />
    }
    @if (store.completeError() !== null) {
      <ibd-error-box [heading]="'alerts.doneError' | transloco" />
    }
    <ibd-paged-list
      [page]="store.page()"
      [loading]="store.loading()"
      [emptyText]="'alerts.empty' | transloco"
      [pageSizeOptions]="[25, 50, 100]"
      [scrollRegion]="false"
      (pageChange)="changePage($event)"
    >
      <ibd-alert-list
        [alerts]="store.page()?.items ?? []"
        [caseLinks]="staff()"
        [canComplete]="staff()"
        [completing]="store.completing()"
        (complete)="store.complete($event)"
      />
    </ibd-paged-list>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertsPageComponent {
  protected readonly store = inject(AlertsStore);
  protected readonly kinds = codeOptions(ALERT_KINDS, 'code.alert.');
  private readonly auth = inject(AuthStore);
  /** Staff open the case behind an alert and mark notifications done; others read codes only. */
  protected readonly staff = computed(() => this.auth.user()?.role === 'shelter_staff');
  protected readonly errorKey = computed(() => {
    const error = this.store.error() as { status?: number } | undefined;
    return error ? errorKeyFor(error.status ?? -1) : null;
  });

  protected setKind(kind: AlertKind | null): void {
    this.store.setFilter({ kind });
  }

  protected changePage(event: PageEvent): void {
    this.store.setPage(event.pageIndex + 1, event.pageSize);
  }
}
