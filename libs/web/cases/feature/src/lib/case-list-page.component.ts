import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { CASE_STATUSES, type CaseStatus, EXPLOITATION_FORMS, type ExploitationForm } from '@ibd/shared/contracts';
import { CaseListStore } from '@ibd/web/cases/data-access';
import { CaseStatusComponent } from '@ibd/web/cases/ui';
import {
  codeOptions,
  ErrorBoxComponent,
  PagedListComponent,
  PageHeaderComponent,
  SelectFieldComponent,
  type SelectOption,
  TextColumnComponent,
} from '@ibd/web/shared/ui';
import { errorKeyFor } from '@ibd/web/shared/util';

@Component({
  selector: 'ibd-case-list-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatTableModule,
    TranslocoPipe,
    CaseStatusComponent,
    ErrorBoxComponent,
    PagedListComponent,
    PageHeaderComponent,
    TextColumnComponent,
    SelectFieldComponent,
  ],
  providers: [CaseListStore],
  templateUrl: './case-list-page.component.html',
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: baseline;
    }
    .filters__search {
      flex: 1 1 18rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseListPageComponent {
  protected readonly store = inject(CaseListStore);
  protected readonly statuses = codeOptions(CASE_STATUSES, 'code.caseStatus.');
  protected readonly ages: readonly SelectOption<boolean>[] = [
    { value: true, key: 'cases.children' },
    { value: false, key: 'cases.adults' },
  ];
  protected readonly forms = codeOptions(EXPLOITATION_FORMS, 'code.exploitation.');
  protected readonly columns = ['code', 'victimCode', 'status', 'identifiedAt', 'child', 'forms'];
  protected readonly errorKey = computed(() => {
    const error = this.store.error() as { status?: number } | undefined;
    return error ? errorKeyFor(error.status ?? -1) : null;
  });

  protected search(q: string): void {
    this.store.setFilter({ q });
  }

  protected setStatus(status: CaseStatus | null): void {
    this.store.setFilter({ status });
  }

  protected setChild(child: boolean | null): void {
    this.store.setFilter({ child });
  }

  protected setForm(exploitationForm: ExploitationForm | null): void {
    this.store.setFilter({ exploitationForm });
  }

  protected changePage(event: PageEvent): void {
    this.store.setPage(event.pageIndex + 1, event.pageSize);
  }
}
