import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import type { PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';

import { ALERT_KINDS, type AlertKind } from '@ibd/shared/contracts';
import { AlertsStore } from '@ibd/web/alerts/data-access';
import { AlertListComponent } from '@ibd/web/alerts/ui';
import { AuthStore } from '@ibd/web/shared/data-access';
import { ErrorBoxComponent, PagedListComponent, PageHeaderComponent } from '@ibd/web/shared/ui';
import { errorKeyFor } from '@ibd/web/shared/util';

@Component({
  selector: 'ibd-alerts-page',
  imports: [
    MatFormFieldModule,
    MatSelectModule,
    TranslocoPipe,
    AlertListComponent,
    ErrorBoxComponent,
    PagedListComponent,
    PageHeaderComponent,
  ],
  providers: [AlertsStore],
  template: `
    <ibd-page-header [heading]="'alerts.title' | transloco">
      <p>{{ 'alerts.intro' | transloco }}</p>
    </ibd-page-header>
    <mat-form-field appearance="outline">
      <mat-label>{{ 'alerts.kind' | transloco }}</mat-label>
      <mat-select [value]="store.filter().kind" (selectionChange)="setKind($event.value)">
        <mat-option [value]="null">{{ 'common.all' | transloco }}</mat-option>
        @for (kind of kinds; track kind) {
          <mat-option [value]="kind">{{ 'code.alert.' + kind | transloco }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
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
  protected readonly kinds = ALERT_KINDS;
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
