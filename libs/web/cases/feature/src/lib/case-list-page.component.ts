import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { CASE_STATUSES, EXPLOITATION_FORMS } from '@ibd/shared/contracts';
import { type CaseFilter, CaseListStore } from '@ibd/web/cases/data-access';
import { CaseStatusComponent } from '@ibd/web/cases/ui';
import { codeOptions, type FilterField, LIST_KIT } from '@ibd/web/shared/ui';

@Component({
  selector: 'ibd-case-list-page',
  imports: [LIST_KIT, RouterLink, CaseStatusComponent],
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
  protected readonly filterFields: readonly FilterField<CaseFilter>[] = [
    {
      name: 'status',
      label: 'cases.status',
      options: codeOptions(CASE_STATUSES, 'code.caseStatus.'),
      testId: 'case-filter-status',
    },
    {
      name: 'child',
      label: 'cases.age',
      options: [
        { value: true, key: 'cases.children' },
        { value: false, key: 'cases.adults' },
      ],
    },
    {
      name: 'exploitationForm',
      label: 'cases.exploitationForm',
      options: codeOptions(EXPLOITATION_FORMS, 'code.exploitation.'),
    },
  ];
  protected readonly columns = ['code', 'victimCode', 'status', 'identifiedAt', 'child', 'forms'];

  protected search(q: string): void {
    this.store.setFilter({ q });
  }
}
