import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
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
import { FieldErrorComponent, IbdCountryPipe } from '@ibd/web/shared/ui';
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
    MatSelectModule,
    TranslocoPipe,
    FieldErrorComponent,
    IbdCountryPipe,
  ],
  host: { style: 'display: contents' },
  template: `
    @let c = controls();
    <mat-form-field appearance="outline">
      <mat-label>{{ 'cases.exploitationForms' | transloco }}</mat-label>
      <mat-select [formControl]="c.exploitationForms" multiple required data-testid="case-forms">
        @for (item of exploitationForms; track item) {
          <mat-option [value]="item">{{ 'code.exploitation.' + item | transloco }}</mat-option>
        }
      </mat-select>
      <ibd-field-error matError [control]="c.exploitationForms" />
    </mat-form-field>
    @for (field of countryFields; track field) {
      <mat-form-field appearance="outline">
        <mat-label>{{ 'cases.' + field | transloco }}</mat-label>
        <mat-select [formControl]="c[field]" multiple [attr.data-testid]="'case-' + field">
          @for (code of countries; track code) {
            <mat-option [value]="code">{{ code | ibdCountry }}</mat-option>
          }
        </mat-select>
        <ibd-field-error matError [control]="c[field]" />
      </mat-form-field>
    }
    <mat-form-field appearance="outline">
      <mat-label>{{ 'cases.formalIdentifiedAt' | transloco }}</mat-label>
      <input matInput type="date" [formControl]="c.formalIdentifiedAt" [max]="today" data-testid="case-formal-at" />
      <ibd-field-error matError [control]="c.formalIdentifiedAt" />
    </mat-form-field>
    <mat-form-field appearance="outline">
      <mat-label>{{ 'cases.formalIdentifiedBy' | transloco }}</mat-label>
      <mat-select [formControl]="c.formalIdentifiedBy" data-testid="case-formal-by">
        <mat-option value="">{{ 'common.none' | transloco }}</mat-option>
        @for (source of sources; track source) {
          <mat-option [value]="source">{{ 'code.source.' + source | transloco }}</mat-option>
        }
      </mat-select>
      <ibd-field-error matError [control]="c.formalIdentifiedBy" />
    </mat-form-field>
    <mat-form-field appearance="outline">
      <mat-label>{{ 'cases.meansOfControl' | transloco }}</mat-label>
      <mat-select [formControl]="c.meansOfControl" multiple data-testid="case-means-of-control">
        @for (item of meansOfControl; track item) {
          <mat-option [value]="item">{{ 'code.meansOfControl.' + item | transloco }}</mat-option>
        }
      </mat-select>
      <ibd-field-error matError [control]="c.meansOfControl" />
    </mat-form-field>
    <mat-form-field appearance="outline">
      <mat-label>{{ 'cases.recruiterRelationship' | transloco }}</mat-label>
      <mat-select [formControl]="c.recruiterRelationship" data-testid="case-recruiter">
        <mat-option value="">{{ 'common.none' | transloco }}</mat-option>
        @for (item of recruiterRelationships; track item) {
          <mat-option [value]="item">{{ 'code.recruiter.' + item | transloco }}</mat-option>
        }
      </mat-select>
      <ibd-field-error matError [control]="c.recruiterRelationship" />
    </mat-form-field>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseDetailFieldsComponent {
  readonly controls = input.required<CaseDetailControls>();

  protected readonly sources = SOURCES;
  protected readonly exploitationForms = EXPLOITATION_FORMS;
  protected readonly meansOfControl = MEANS_OF_CONTROL;
  protected readonly recruiterRelationships = RECRUITER_RELATIONSHIPS;
  protected readonly countries = COUNTRY_CODES;
  protected readonly countryFields = ['recruitmentCountries', 'exploitationCountries'] as const;
  protected readonly today = todayIso();
}
