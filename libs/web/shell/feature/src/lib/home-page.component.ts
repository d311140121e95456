import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { AlertsStore } from '@ibd/web/alerts/data-access';
import { AlertListComponent } from '@ibd/web/alerts/ui';
import { AuthStore, UnitsStore } from '@ibd/web/shared/data-access';
import { EmptyStateComponent, ErrorBoxComponent, LoadingComponent, PageHeaderComponent } from '@ibd/web/shared/ui';

import { ROLE_LABELS } from './navigation';

const ALERT_ROLES: readonly string[] = ['shelter_staff', 'social_worker', 'monitor'];

@Component({
  selector: 'ibd-home-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    AlertListComponent,
    EmptyStateComponent,
    ErrorBoxComponent,
    LoadingComponent,
    PageHeaderComponent,
  ],
  providers: [AlertsStore],
  template: `
    @if (user(); as user) {
      <section data-testid="home-greeting">
        <ibd-page-header [heading]="'home.greeting' | transloco: { name: user.displayName }">
          <p class="home__role">
            @if (unitName(); as unit) {
              {{ 'home.roleAndUnit' | transloco: { role: (roleLabel() | transloco), unit } }}
            } @else {
              {{ 'home.role' | transloco: { role: (roleLabel() | transloco) } }}
            }
          </p>
        </ibd-page-header>
        <p>{{ 'home.intro' | transloco }}</p>
      </section>
      @if (seesAlerts()) {
        <section aria-labelledby="today-title" data-testid="today">
          <h2 id="today-title" class="home__today">{{ 'alerts.today' | transloco }}</h2>
          @if (alerts.page(); as page) {
            @if (page.items.length === 0) {
              <ibd-empty-state [text]="'alerts.nothingToday' | transloco" />
            } @else {
              @if (alerts.completeError() !== null) {
                <ibd-error-box [heading]="'alerts.doneError' | transloco" />
              }
              <ibd-alert-list
                [alerts]="page.items"
                [caseLinks]="user.role === 'shelter_staff'"
                [canComplete]="user.role === 'shelter_staff'"
                [completing]="alerts.completing()"
                (complete)="alerts.complete($event)"
              />
              @if (page.total > page.items.length) {
                <p>
                  <a routerLink="/alerts">{{ 'alerts.all' | transloco: { total: page.total } }}</a>
                </p>
              }
            }
          } @else if (alerts.loading()) {
            <ibd-loading [label]="'common.loading' | transloco" />
          }
        </section>
      }
    }
  `,
  styles: `
    .home__role {
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
    .home__today {
      font: var(--mat-sys-title-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePageComponent {
  private readonly units = inject(UnitsStore);
  protected readonly alerts = inject(AlertsStore);
  protected readonly user = inject(AuthStore).user;
  protected readonly unitName = computed(() => this.units.currentUnit()?.name ?? null);
  protected readonly seesAlerts = computed(() => ALERT_ROLES.includes(this.user()?.role ?? ''));
  protected readonly roleLabel = computed(() => {
    const role = this.user()?.role;
    return role ? ROLE_LABELS[role] : '';
  });

  constructor() {
    this.alerts.enabled.set(this.seesAlerts());
    this.alerts.changePage({ pageIndex: 0, pageSize: 10 });
  }
}
