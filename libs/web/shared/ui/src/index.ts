export { LanguageSwitchComponent } from './lib/language-switch.component';
export { TranslatedPaginatorIntl } from './lib/paginator-intl';
export { IbdCountryPipe, IbdDatePipe, IbdDateTimePipe, IbdNumberPipe } from './lib/locale.pipes';
export { PageHeaderComponent } from './lib/page-header.component';
export { LoadedListComponent } from './lib/loaded-list.component';
export { PagedListComponent } from './lib/paged-list.component';
export { EmptyStateComponent, ErrorBoxComponent, LoadingComponent } from './lib/states.component';
export { FieldErrorComponent, type FieldErrorKeys } from './lib/field-error.component';
export {
  codeOptions,
  countryOptions,
  SelectFieldComponent,
  type SelectOption,
  textOptions,
  unitOptions,
} from './lib/select-field.component';
export { ConfirmDialogComponent, confirmAction, type ConfirmDialogData } from './lib/confirm-dialog.component';
export { TextColumnComponent, type TextColumnFormat } from './lib/text-column.component';
export { SubmissionErrorComponent } from './lib/submission-error.component';
export { FORM_KIT } from './lib/form-kit';
export { type FilterField, FilterFieldsComponent } from './lib/filter-fields.component';
export { LIST_KIT } from './lib/list-kit';
