import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { AuthStore, UnitsStore } from '@ibd/web/shared/data-access';
import { PageHeaderComponent } from '@ibd/web/shared/ui';

import { ROLE_LABELS } from './navigation';

@Component({
  selector: 'ibd-home-page',
  imports: [TranslocoPipe, PageHeaderComponent],
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
    }
  `,
  styles: `
    .home__role {
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePageComponent {
  private readonly units = inject(UnitsStore);
  protected readonly user = inject(AuthStore).user;
  protected readonly unitName = computed(() => this.units.currentUnit()?.name ?? null);
  protected readonly roleLabel = computed(() => {
    const role = this.user()?.role;
    return role ? ROLE_LABELS[role] : '';
  });
}
