import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';

import { ALERT_KINDS, type AlertKind } from '@ibd/shared/contracts';
import { AlertsStore } from '@ibd/web/alerts/data-access';
import { AlertListComponent } from '@ibd/web/alerts/ui';
import { AuthStore } from '@ibd/web/shared/data-access';
import { EmptyStateComponent, ErrorBoxComponent, LoadingComponent, PageHeaderComponent } from '@ibd/web/shared/ui';
import { errorKeyFor } from '@ibd/web/shared/util';

@Component({
  selector: 'ibd-alerts-page',
  imports: [
    MatFormFieldModule,
    MatPaginatorModule,
    MatSelectModule,
    TranslocoPipe,
    AlertListComponent,
    EmptyStateComponent,
    ErrorBoxComponent,
    LoadingComponent,
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
    @if (store.loading() && !store.page()) {
      <ibd-loading [label]="'common.loading' | transloco" />
    }
    @if (store.page(); as page) {
      @if (page.items.length === 0) {
        <ibd-empty-state [text]="'alerts.empty' | transloco" />
      } @else {
        <ibd-alert-list [alerts]="page.items" [caseLinks]="caseLinks()" />
        <mat-paginator
          [length]="page.total"
          [pageIndex]="page.page - 1"
          [pageSize]="page.pageSize"
          [pageSizeOptions]="[25, 50, 100]"
          (page)="changePage($event)"
        />
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertsPageComponent {
  protected readonly store = inject(AlertsStore);
  protected readonly kinds = ALERT_KINDS;
  private readonly auth = inject(AuthStore);
  protected readonly caseLinks = computed(() => this.auth.user()?.role === 'shelter_staff');
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
