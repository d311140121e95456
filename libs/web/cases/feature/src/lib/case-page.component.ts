import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { CLOSURE_REASONS, type ClosureReason } from '@ibd/shared/contracts';
import {
  CasesApi,
  CaseStore,
  type CreateServiceRecord,
  SERVICE_FIELDS,
  ServiceTypesStore,
} from '@ibd/web/cases/data-access';
import { CaseStatusComponent, TimelineComponent } from '@ibd/web/cases/ui';
import { AuthStore, LanguageStore } from '@ibd/web/shared/data-access';
import {
  EmptyStateComponent,
  ErrorBoxComponent,
  SubmissionErrorComponent,
  IbdCountryPipe,
  IbdDatePipe,
  IbdDateTimePipe,
  IbdNumberPipe,
  LoadedListComponent,
  LoadingComponent,
  PageHeaderComponent,
} from '@ibd/web/shared/ui';
import { errorKeyOf, lateness, Submission } from '@ibd/web/shared/util';

import { CaseDetailsFormComponent } from './case-details-form.component';
import { CasePlanComponent } from './case-plan.component';
import { ServiceLogFormComponent } from './service-log-form.component';

@Component({
  selector: 'ibd-case-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    MatTabsModule,
    TranslocoPipe,
    CaseDetailsFormComponent,
    CasePlanComponent,
    CaseStatusComponent,
    EmptyStateComponent,
    ErrorBoxComponent,
    SubmissionErrorComponent,
    IbdCountryPipe,
    IbdDatePipe,
    IbdDateTimePipe,
    IbdNumberPipe,
    LoadedListComponent,
    LoadingComponent,
    PageHeaderComponent,
    ServiceLogFormComponent,
    TimelineComponent,
  ],
  providers: [CaseStore],
  templateUrl: './case-page.component.html',
  styleUrl: './case-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasePageComponent {
  protected readonly store = inject(CaseStore);
  private readonly api = inject(CasesApi);
  private readonly serviceTypes = inject(ServiceTypesStore);
  protected readonly language = inject(LanguageStore);
  private readonly auth = inject(AuthStore);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly closureReasons = CLOSURE_REASONS;
  protected readonly types = this.serviceTypes.types;
  protected readonly logging = signal(false);
  protected readonly editing = signal(false);
  protected readonly submission = new Submission();
  protected readonly notice = signal<string | null>(null);
  protected closeReason: ClosureReason | null = null;
  private readonly logForm = viewChild(ServiceLogFormComponent);

  protected readonly loadErrorKey = computed(() => errorKeyOf(this.store.caseError()));
  protected readonly late = (task: { dueAt: string }) => lateness(task);
  protected readonly openTasks = computed(() => (this.store.case()?.tasks ?? []).filter((task) => !task.doneAt).length);
  /** Only staff of the case's facility export it (the API answers 403 to every other role). */
  protected readonly exportFormats = ['htcds-json', 'htcds-csv'] as const;
  protected readonly canExport = computed(() => this.auth.user()?.role === 'shelter_staff');
  protected readonly serviceLabel = (code: string): string => this.serviceTypes.label(code, this.language.active());

  constructor() {
    effect(() => this.store.load(this.id()));
  }

  protected startLogging(): void {
    this.notice.set(null);
    this.logging.set(true);
  }

  protected logService(record: CreateServiceRecord): void {
    this.submission.send(this.api.recordService(this.id(), record), {
      form: () => this.logForm()?.form,
      fields: SERVICE_FIELDS,
      done: () => {
        this.logging.set(false);
        this.notice.set('services.saved');
        this.store.refreshServices();
      },
    });
  }

  protected detailsSaved(): void {
    this.editing.set(false);
    this.notice.set('casePage.detailsSaved');
    this.store.refreshCase();
  }

  protected activate(): void {
    this.submission.send(this.api.activate(this.id()), { done: () => this.store.refreshCase() });
  }

  protected close(): void {
    const reason = this.closeReason;
    if (!reason) {
      return;
    }
    this.submission.send(this.api.close(this.id(), reason), { done: () => this.store.refreshCase() });
  }

  protected reopen(): void {
    this.submission.send(this.api.reopen(this.id()), { done: () => this.store.refreshCase() });
  }

  /** Downloads the case as an HTCDS record; the export is audited by the API. */
  protected exportHtcds(format: 'htcds-json' | 'htcds-csv'): void {
    const code = this.store.case()?.code ?? 'case';
    this.submission.send(this.api.exportHtcds(this.id(), format), {
      done: (file) => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(file);
        link.download = `${code}-htcds.${format === 'htcds-csv' ? 'csv' : 'json'}`;
        link.click();
        URL.revokeObjectURL(link.href);
        this.notice.set('casePage.exported');
      },
    });
  }

  protected completeTask(taskId: string): void {
    this.submission.send(this.api.completeTask(this.id(), taskId), { done: () => this.store.refreshCase() });
  }
}
