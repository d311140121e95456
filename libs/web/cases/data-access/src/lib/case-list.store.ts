import { Injectable } from '@angular/core';

import { PagedListStore } from '@ibd/web/shared/data-access';

import { CASES_API } from './cases.api';
import type { CaseFilter, CaseListItem } from './cases.models';

/** The caller's cases (the API scopes them), filtered and paged. */
@Injectable()
export class CaseListStore extends PagedListStore<CaseFilter, CaseListItem> {
  constructor() {
    super(CASES_API, { status: null, child: null, exploitationForm: null, q: '' });
  }
}
