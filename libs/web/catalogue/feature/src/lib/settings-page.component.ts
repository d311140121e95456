import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Observable } from 'rxjs';

import { MfaPolicyStore, SettingsStore, STAY_TERM_FIELD, VALUE_FIELD } from '@ibd/web/catalogue/data-access';
import { EmptyStateComponent, ErrorBoxComponent, LoadingComponent, PageHeaderComponent } from '@ibd/web/shared/ui';
import { errorKeyOf } from '@ibd/web/shared/util';

import { MfaPolicyFieldComponent } from './mfa-policy-field.component';
import { SettingFieldComponent } from './setting-field.component';

interface SettingRow {
  id: string;
  /** Translation keys of the name, the unit, and the legal basis or what the setting does. */
  label: string;
  unit: string;
  value: number;
  note: string;
  updatedAt: string;
  save: (value: number) => Observable<unknown>;
}

interface SettingSection {
  id: string;
  /** Translation keys. */
  title: string;
  intro: string;
  empty: string;
  field: string;
  rows: SettingRow[] | null;
  loading: boolean;
  /** Translation key of a failed load. */
  errorKey: string | null;
  reload: () => void;
}

/**
 * The admin's terms and thresholds: legal terms, minimum stays per kind of shelter, alert thresholds,
 * and which roles must sign in with a second factor.
 */
@Component({
  selector: 'ibd-settings-page',
  imports: [
    TranslocoPipe,
    EmptyStateComponent,
    ErrorBoxComponent,
    LoadingComponent,
    PageHeaderComponent,
    MfaPolicyFieldComponent,
    SettingFieldComponent,
  ],
  providers: [SettingsStore, MfaPolicyStore],
  template: `
    <ibd-page-header [heading]="'settings.title' | transloco">
      <p>{{ 'settings.intro' | transloco }}</p>
    </ibd-page-header>

    @for (section of sections(); track section.id) {
      <section [attr.aria-labelledby]="section.id + '-title'" [attr.data-testid]="section.id">
        <h2 [id]="section.id + '-title'">{{ section.title | transloco }}</h2>
        <p class="intro">{{ section.intro | transloco }}</p>
        @if (section.errorKey; as key) {
          <ibd-error-box [heading]="key | transloco" />
        } @else if (section.rows; as rows) {
          @for (row of rows; track row.id) {
            <ibd-setting-field
              [label]="row.label | transloco"
              [unit]="row.unit | transloco"
              [value]="row.value"
              [field]="section.field"
              [note]="row.note | transloco"
              [updatedAt]="row.updatedAt"
              [testId]="section.id + '-' + row.id"
              [save]="row.save"
              (saved)="section.reload()"
            />
          } @empty {
            <ibd-empty-state [text]="section.empty | transloco" />
          }
        } @else if (section.loading) {
          <ibd-loading [label]="'common.loading' | transloco" />
        }
      </section>
    }

    <section aria-labelledby="mfa-policies-title" data-testid="mfa-policies">
      <h2 id="mfa-policies-title">{{ 'settings.mfaPolicies' | transloco }}</h2>
      <p class="intro">{{ 'settings.mfaPoliciesIntro' | transloco }}</p>
      @if (mfaErrorKey(); as key) {
        <ibd-error-box [heading]="key | transloco" />
      } @else if (mfaPolicy.policy(); as policy) {
        <p class="enforced" [class.enforced--off]="!policy.enforced" data-testid="mfa-enforced">
          {{ (policy.enforced ? 'settings.mfaEnforced' : 'settings.mfaNotEnforced') | transloco }}
        </p>
        @for (row of policy.roles; track row.role) {
          <ibd-mfa-policy-field
            [label]="'role.' + row.role | transloco"
            [required]="row.required"
            [updatedAt]="row.updatedAt"
            [testId]="'mfa-policies-' + row.role"
            [role]="row.role"
          />
        }
      } @else if (mfaPolicy.loading()) {
        <ibd-loading [label]="'common.loading' | transloco" />
      }
    </section>
  `,
  styles: `
    section {
      margin-block-end: 2rem;
      max-width: 48rem;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin-block-end: 0.25rem;
    }
    .intro {
      margin-block: 0 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .enforced {
      margin-block: 0 0.5rem;
      padding: 0.5rem 1rem;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
    }
    .enforced--off {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsPageComponent {
  private readonly store = inject(SettingsStore);
  protected readonly mfaPolicy = inject(MfaPolicyStore);
  protected readonly mfaErrorKey = computed(() => errorKeyOf(this.mfaPolicy.error()));

  protected readonly sections = computed<SettingSection[]>(() => [
    {
      id: 'legal-terms',
      title: 'settings.legalTerms',
      intro: 'settings.legalTermsIntro',
      empty: 'settings.noLegalTerms',
      field: VALUE_FIELD,
      loading: this.store.legalTermsLoading(),
      errorKey: errorKeyOf(this.store.legalTermsError()),
      reload: () => this.store.reloadLegalTerms(),
      rows:
        this.store.legalTerms()?.map((term) => ({
          id: term.key,
          label: `settings.legalTerm.${term.key}`,
          unit: `settings.unit.${term.unit}`,
          value: term.value,
          note: `settings.legalTermNote.${term.key}`,
          updatedAt: term.updatedAt,
          save: (value: number) => this.store.updateLegalTerm(term.key, value),
        })) ?? null,
    },
    {
      id: 'stay-terms',
      title: 'settings.stayTerms',
      intro: 'settings.stayTermsIntro',
      empty: 'settings.noStayTerms',
      field: STAY_TERM_FIELD,
      loading: this.store.stayTermsLoading(),
      errorKey: errorKeyOf(this.store.stayTermsError()),
      reload: () => this.store.reloadStayTerms(),
      rows:
        this.store.stayTerms()?.map((term) => ({
          id: term.facilityKind,
          label: `code.unitKind.${term.facilityKind}`,
          unit: 'settings.unit.days',
          value: term.minStayDays,
          note: `settings.stayTermNote.${term.facilityKind}`,
          updatedAt: term.updatedAt,
          save: (value: number) => this.store.updateStayTerm(term.facilityKind, value),
        })) ?? null,
    },
    {
      id: 'alert-settings',
      title: 'settings.alertSettings',
      intro: 'settings.alertSettingsIntro',
      empty: 'settings.noAlertSettings',
      field: VALUE_FIELD,
      loading: this.store.alertSettingsLoading(),
      errorKey: errorKeyOf(this.store.alertSettingsError()),
      reload: () => this.store.reloadAlertSettings(),
      rows:
        this.store.alertSettings()?.map((setting) => ({
          id: setting.key,
          label: `settings.alert.${setting.key}`,
          unit: `settings.unit.${setting.unit}`,
          value: setting.value,
          note: `settings.alertNote.${setting.key}`,
          updatedAt: setting.updatedAt,
          save: (value: number) => this.store.updateAlertSetting(setting.key, value),
        })) ?? null,
    },
  ]);
}
