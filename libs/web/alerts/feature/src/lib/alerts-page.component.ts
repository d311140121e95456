import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { ALERT_KINDS } from '@ibd/shared/contracts';
import { type AlertFilter, AlertsStore } from '@ibd/web/alerts/data-access';
import { AlertListComponent } from '@ibd/web/alerts/ui';
import { AuthStore } from '@ibd/web/shared/data-access';
import { codeOptions, type FilterField, LIST_KIT } from '@ibd/web/shared/ui';

@Component({
  selector: 'ibd-alerts-page',
  imports: [LIST_KIT, AlertListComponent],
  providers: [AlertsStore],
  template: `
    <ibd-page-header [heading]="'alerts.title' | transloco">
      <p>{{ 'alerts.intro' | transloco }}</p>
    </ibd-page-header>
    <ibd-filter-fields [fields]="filterFields" [filter]="store.filter()" (filterChange)="store.setFilter($event)" />
    @if (store.errorKey(); as key) {
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
      (pageChange)="store.changePage($event)"
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
  protected readonly filterFields: readonly FilterField<AlertFilter>[] = [
    { name: 'kind', label: 'alerts.kind', options: codeOptions(ALERT_KINDS, 'code.alert.') },
  ];
  private readonly auth = inject(AuthStore);
  /** Staff open the case behind an alert and mark notifications done; others read codes only. */
  protected readonly staff = computed(() => this.auth.user()?.role === 'shelter_staff');
}
