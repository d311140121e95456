import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

import {
  EXPLOITATION_FORMS,
  type ExploitationForm,
  MEANS_OF_CONTROL,
  type MeansOfControl,
  RECRUITER_RELATIONSHIPS,
  type RecruiterRelationship,
  SOURCES,
  type Source,
} from '@ibd/shared/contracts';
import { codeOptions, countryOptions, FieldErrorComponent, SelectFieldComponent } from '@ibd/web/shared/ui';
import { COUNTRY_CODES, todayIso } from '@ibd/web/shared/util';

/** The controls of a case's details that are set when it opens and edited later. */
export interface CaseDetailControls {
  exploitationForms: FormControl<ExploitationForm[]>;
  recruitmentCountries: FormControl<string[]>;
  exploitationCountries: FormControl<string[]>;
  formalIdentifiedAt: FormControl<string>;
  formalIdentifiedBy: FormControl<Source | ''>;
  meansOfControl: FormControl<MeansOfControl[]>;
  recruiterRelationship: FormControl<RecruiterRelationship | ''>;
}

/**
 * Forms of exploitation, countries, formal identification, means of control and the recruiter, as fields of the form around them
 * (a new case, or editing one). The host lays its fields out in the parent's grid.
 */
@Component({
  selector: 'ibd-case-detail-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FieldErrorComponent,
    SelectFieldComponent,
  ],
  host: { style: 'display: contents' },
  template: `
    @let c = controls();
    <ibd-select-field
      label="cases.exploitationForms"
      [options]="exploitationForms"
      [control]="c.exploitationForms"
      multiple
      required
      testId="case-forms"
    />
    @for (field of countryFields; track field) {
      <ibd-select-field
        [label]="'cases.' + field"
        [options]="countries"
        [control]="c[field]"
        multiple
        [testId]="'case-' + field"
      />
    }
    <mat-form-field appearance="outline">
      <mat-label>{{ 'cases.formalIdentifiedAt' | transloco }}</mat-label>
      <input matInput type="date" [formControl]="c.formalIdentifiedAt" [max]="today" data-testid="case-formal-at" />
      <ibd-field-error matError [control]="c.formalIdentifiedAt" />
    </mat-form-field>
    <ibd-select-field
      label="cases.formalIdentifiedBy"
      [options]="sources"
      [control]="c.formalIdentifiedBy"
      empty="common.none"
      testId="case-formal-by"
    />
    <ibd-select-field
      label="cases.meansOfControl"
      [options]="meansOfControl"
      [control]="c.meansOfControl"
      multiple
      testId="case-means-of-control"
    />
    <ibd-select-field
      label="cases.recruiterRelationship"
      [options]="recruiterRelationships"
      [control]="c.recruiterRelationship"
      empty="common.none"
      testId="case-recruiter"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseDetailFieldsComponent {
  readonly controls = input.required<CaseDetailControls>();

  protected readonly sources = codeOptions(SOURCES, 'code.source.');
  protected readonly exploitationForms = codeOptions(EXPLOITATION_FORMS, 'code.exploitation.');
  protected readonly meansOfControl = codeOptions(MEANS_OF_CONTROL, 'code.meansOfControl.');
  protected readonly recruiterRelationships = codeOptions(RECRUITER_RELATIONSHIPS, 'code.recruiter.');
  protected readonly countries = countryOptions(COUNTRY_CODES);
  protected readonly countryFields = ['recruitmentCountries', 'exploitationCountries'] as const;
  protected readonly today = todayIso();
}
