import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { ROLES } from '@ibd/shared/contracts';
import { UnitsStore } from '@ibd/web/shared/data-access';
import { codeOptions, type FilterField, LIST_KIT, unitOptions } from '@ibd/web/shared/ui';
import { type UserFilter, UsersStore, type UserView } from '@ibd/web/users/data-access';

@Component({
  selector: 'ibd-users-page',
  imports: [LIST_KIT, RouterLink],
  providers: [UsersStore],
  templateUrl: './users-page.component.html',
  styleUrl: './users-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPageComponent {
  protected readonly store = inject(UsersStore);
  protected readonly units = inject(UnitsStore);
  protected readonly filterFields = computed<readonly FilterField<UserFilter>[]>(() => [
    { name: 'role', label: 'users.role', options: codeOptions(ROLES, 'role.'), testId: 'user-filter-role' },
    { name: 'unitId', label: 'users.unit', options: unitOptions(this.units.all()), testId: 'user-filter-unit' },
  ]);
  protected readonly columns = ['username', 'displayName', 'role', 'unit', 'active'];

  /** The unit column's text: the user's unit by its code. */
  protected readonly unitCell = (user: UserView): string => this.units.byId(user.unitId)?.code ?? '';

  protected search(q: string): void {
    this.store.setFilter({ q });
  }
}
