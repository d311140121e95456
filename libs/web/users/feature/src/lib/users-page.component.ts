import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { ROLES, type Role } from '@ibd/shared/contracts';
import { UnitsStore } from '@ibd/web/shared/data-access';
import {
  codeOptions,
  ErrorBoxComponent,
  PagedListComponent,
  PageHeaderComponent,
  SelectFieldComponent,
  TextColumnComponent,
  unitOptions,
} from '@ibd/web/shared/ui';
import { errorKeyFor } from '@ibd/web/shared/util';
import { UsersStore, type UserView } from '@ibd/web/users/data-access';

@Component({
  selector: 'ibd-users-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatTableModule,
    TranslocoPipe,
    ErrorBoxComponent,
    PagedListComponent,
    PageHeaderComponent,
    TextColumnComponent,
    SelectFieldComponent,
  ],
  providers: [UsersStore],
  templateUrl: './users-page.component.html',
  styleUrl: './users-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPageComponent {
  protected readonly store = inject(UsersStore);
  protected readonly units = inject(UnitsStore);
  protected readonly roles = codeOptions(ROLES, 'role.');
  protected readonly unitChoices = computed(() => unitOptions(this.units.all()));
  protected readonly columns = ['username', 'displayName', 'role', 'unit', 'active'];
  protected readonly errorKey = computed(() => {
    const error = this.store.error() as { status?: number } | undefined;
    return error ? errorKeyFor(error.status ?? -1) : null;
  });

  /** The unit column's text: the user's unit by its code. */
  protected readonly unitCell = (user: UserView): string => this.units.byId(user.unitId)?.code ?? '';

  protected setRole(role: Role | null): void {
    this.store.setFilter({ role });
  }

  protected setUnit(unitId: string | null): void {
    this.store.setFilter({ unitId });
  }

  protected search(q: string): void {
    this.store.setFilter({ q });
  }

  protected changePage(event: PageEvent): void {
    this.store.setPage(event.pageIndex + 1, event.pageSize);
  }
}
