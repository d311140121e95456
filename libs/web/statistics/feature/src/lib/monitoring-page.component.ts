import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { type Translation, TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { FACILITY_KINDS, type UnitKind } from '@ibd/shared/contracts';
import { ServiceTypesStore } from '@ibd/web/cases/data-access';
import { LanguageStore, UnitsStore } from '@ibd/web/shared/data-access';
import {
  codeOptions,
  EmptyStateComponent,
  ErrorBoxComponent,
  IbdNumberPipe,
  LoadingComponent,
  PageHeaderComponent,
  SelectFieldComponent,
  unitOptions,
} from '@ibd/web/shared/ui';
import { countryName, errorSummary, localeFor, todayIso } from '@ibd/web/shared/util';
import {
  dimensionedMetrics,
  latestByFacility,
  localiseReportingTable,
  MonitoringStore,
  PERIOD_FIELDS,
  PERIOD_KINDS,
  type PeriodKind,
  periodStarts,
  plainMetrics,
  seriesByFacility,
  totalsByDimension,
  valueOf,
} from '@ibd/web/statistics/data-access';
import { BarChartComponent, CountTableComponent, LineChartComponent } from '@ibd/web/statistics/ui';

/** Shown first when present: what a monitor looks at first. */
const PREFERRED_METRICS = ['occupancy_percent', 'bed_nights', 'capacity'];
/** Breakdowns that add up across facilities and periods (averages do not). */
const ADDITIVE_BREAKDOWNS = [
  'services',
  'service_hours',
  'referrals_received',
  'referrals_accepted',
  'referrals_declined',
];

@Component({
  selector: 'ibd-monitoring-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    BarChartComponent,
    CountTableComponent,
    EmptyStateComponent,
    ErrorBoxComponent,
    IbdNumberPipe,
    LineChartComponent,
    LoadingComponent,
    PageHeaderComponent,
    SelectFieldComponent,
  ],
  providers: [MonitoringStore],
  templateUrl: './monitoring-page.component.html',
  styleUrl: './monitoring-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonitoringPageComponent {
  protected readonly store = inject(MonitoringStore);
  private readonly units = inject(UnitsStore);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageStore);
  private readonly serviceTypes = inject(ServiceTypesStore);

  protected readonly periodKinds = codeOptions(PERIOD_KINDS, 'monitoring.kind.');
  protected readonly today = todayIso();
  protected readonly facilities = computed(() =>
    unitOptions(this.units.all().filter((unit) => (FACILITY_KINDS as readonly UnitKind[]).includes(unit.kind))),
  );

  /** The form's draft; applied on submit so typing a date does not fire requests. */
  protected from = this.store.filter().from;
  protected to = this.store.filter().to;
  protected facilityId: string | null = null;
  protected periodKind: PeriodKind = 'month';

  protected readonly chosenMetric = signal<string | null>(null);
  protected readonly metrics = computed(() => plainMetrics(this.store.view()));
  protected readonly breakdowns = computed(() => dimensionedMetrics(this.store.view()));
  protected readonly metric = computed(() => {
    const chosen = this.chosenMetric();
    const metrics = this.metrics();
    return chosen && metrics.includes(chosen)
      ? chosen
      : (PREFERRED_METRICS.find((metric) => metrics.includes(metric)) ?? metrics.at(0) ?? null);
  });
  protected readonly periods = computed(() => periodStarts(this.store.view()));
  protected readonly bars = computed(() => {
    const metric = this.metric();
    return metric ? latestByFacility(this.store.view(), metric) : [];
  });
  protected readonly series = computed(() => {
    const metric = this.metric();
    return metric ? seriesByFacility(this.store.view(), metric) : [];
  });
  protected readonly breakdownBars = computed(() => {
    this.language.active();
    return this.breakdowns()
      .filter((metric) => ADDITIVE_BREAKDOWNS.includes(metric))
      .map((metric) => ({
        metric,
        data: totalsByDimension(this.store.view(), metric).map((datum) => ({
          ...datum,
          label: this.dimensionLabel(datum.label),
        })),
      }));
  });

  protected readonly viewError = computed(() => {
    const error = this.store.error();
    return error ? errorSummary(error, PERIOD_FIELDS) : null;
  });
  protected readonly runError = computed(() => {
    const error = this.store.runError();
    return error ? errorSummary(error, PERIOD_FIELDS) : null;
  });

  /** The active language's translations (flat keys), once loaded: labels follow a change of language. */
  private readonly translation = toSignal(this.transloco.selectTranslation(), { initialValue: {} as Translation });
  /** The reporting tables in the UI language (the API's labels are English, for the export). */
  protected readonly reportingTables = computed(() => {
    const translation = this.translation();
    const language = this.language.active();
    const serviceTypes = this.serviceTypes.types();
    return (this.store.reporting()?.tables ?? []).map((table) =>
      localiseReportingTable(table, {
        translate: (key) => {
          const text: unknown = translation[key];
          return typeof text === 'string' ? text : null;
        },
        country: (code) => countryName(code, language),
        serviceType: (code) => {
          const type = serviceTypes.find((candidate) => candidate.code === code);
          return type ? (language === 'bg' ? type.nameBg : type.nameEn) : null;
        },
      }),
    );
  });
  protected readonly reportingError = computed(() => {
    const error = this.store.reportingError();
    return error ? errorSummary(error, PERIOD_FIELDS) : null;
  });
  protected readonly valueOf = valueOf;
  protected readonly periodLabel = (start: string): string => {
    const kind = this.store.view()?.periodKind ?? 'month';
    const moment = new Date(`${start}T00:00:00Z`);
    const options: Intl.DateTimeFormatOptions =
      kind === 'year'
        ? { year: 'numeric' }
        : kind === 'month'
          ? { month: 'short', year: 'numeric' }
          : { dateStyle: 'medium' };
    return new Intl.DateTimeFormat(localeFor(this.language.active()), { ...options, timeZone: 'UTC' }).format(moment);
  };

  protected apply(): void {
    this.store.setFilter({ from: this.from, to: this.to, facilityId: this.facilityId, periodKind: this.periodKind });
  }

  protected showReporting(): void {
    this.apply();
    this.store.loadReporting();
  }

  protected startRun(): void {
    this.apply();
    this.store.startRun();
  }

  /** A metric's name in the UI language; the code itself for a metric this client does not know yet. */
  protected metricLabel(metric: string): string {
    const key = `monitoring.metric.${metric}`;
    const label = this.transloco.translate(key);
    return label === key ? metric : label;
  }

  protected dimensionLabel(dimension: string): string {
    if (dimension === 'unit') return this.transloco.translate('monitoring.dimensionUnit');
    const service = this.serviceTypes.types().find((type) => type.code === dimension);
    if (service) return this.language.active() === 'bg' ? service.nameBg : service.nameEn;
    for (const prefix of ['code.source.', 'code.referralStatus.', 'code.exploitation.', 'code.dischargeReason.']) {
      const label = this.transloco.translate(prefix + dimension);
      if (label !== prefix + dimension) return label;
    }
    return dimension;
  }
}
