import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';

import { FilterFieldsComponent } from './filter-fields.component';
import { PageHeaderComponent } from './page-header.component';
import { PagedListComponent } from './paged-list.component';
import { ErrorBoxComponent } from './states.component';
import { TextColumnComponent } from './text-column.component';

/**
 * What the template of a paged list page uses, for a component's `imports`: the page header, the
 * filter row (Material's field and input for a search, the kit's filter selects, buttons), the error
 * box, the paged frame with a Material table and text columns, and translations.
 */
export const LIST_KIT = [
  MatButtonModule,
  MatFormFieldModule,
  MatInputModule,
  MatTableModule,
  TranslocoPipe,
  ErrorBoxComponent,
  FilterFieldsComponent,
  PagedListComponent,
  PageHeaderComponent,
  TextColumnComponent,
] as const;
