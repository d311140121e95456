import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Observable } from 'rxjs';

import {
  ErrorBoxComponent,
  IbdDatePipe,
  IbdDateTimePipe,
  IbdNumberPipe,
  LoadingComponent,
  PageHeaderComponent,
} from '@ibd/web/shared/ui';
import { errorSummary, saveBlob, todayIso } from '@ibd/web/shared/util';
import {
  EXPORT_FORMATS,
  type ExportDocument,
  type ExportFormat,
  ExportApi,
  PERIOD_FIELDS,
} from '@ibd/web/statistics/data-access';
import { CountTableComponent } from '@ibd/web/statistics/ui';

@Component({
  selector: 'ibd-export-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    CountTableComponent,
    ErrorBoxComponent,
    IbdDatePipe,
    IbdDateTimePipe,
    IbdNumberPipe,
    LoadingComponent,
    PageHeaderComponent,
  ],
  templateUrl: './export-page.component.html',
  styleUrl: './export-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportPageComponent {
  private readonly api = inject(ExportApi);

  protected readonly formats = EXPORT_FORMATS;
  protected readonly today = todayIso();
  protected from = `${todayIso().slice(0, 4)}-01-01`;
  protected to = todayIso();

  protected readonly document = signal<ExportDocument | null>(null);
  protected readonly loading = signal(false);
  protected readonly downloading = signal<ExportFormat | null>(null);
  protected readonly downloaded = signal<string | null>(null);
  protected readonly error = signal<{ key: string; messages: string[] } | null>(null);

  protected preview(): void {
    this.loading.set(true);
    this.document.set(null);
    this.track(this.api.preview(this.from, this.to), (document) => {
      this.loading.set(false);
      this.document.set(document);
    });
  }

  protected download(format: ExportFormat): void {
    this.downloading.set(format);
    this.downloaded.set(null);
    this.track(this.api.download(this.from, this.to, format), (file) => {
      this.downloading.set(null);
      saveBlob(file.blob, file.fileName);
      this.downloaded.set(file.fileName);
    });
  }

  private track<T>(request: Observable<T>, done: (value: T) => void): void {
    this.error.set(null);
    request.subscribe({
      next: done,
      error: (error: unknown) => {
        this.loading.set(false);
        this.downloading.set(null);
        this.error.set(errorSummary(error, PERIOD_FIELDS));
      },
    });
  }
}
