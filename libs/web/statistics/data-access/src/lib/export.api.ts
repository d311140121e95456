import { HttpClient, HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { map, type Observable } from 'rxjs';

import { STATISTICS_API } from './monitoring.store';
import type { ExportDocument, ExportFormat } from './statistics.models';

export interface ExportFile {
  blob: Blob;
  fileName: string;
}

/** The anonymised export: aggregate tables only; every request is audited by the API. */
@Injectable({ providedIn: 'root' })
export class ExportApi {
  private readonly http = inject(HttpClient);

  /** The JSON document, to show the period, threshold and tables before downloading. */
  preview(from: string, to: string): Observable<ExportDocument> {
    return this.http.get<ExportDocument>(`${STATISTICS_API}/export`, { params: { from, to, format: 'json' } });
  }

  download(from: string, to: string, format: ExportFormat): Observable<ExportFile> {
    return this.http
      .get(`${STATISTICS_API}/export`, { params: { from, to, format }, responseType: 'blob', observe: 'response' })
      .pipe(
        map((response: HttpResponse<Blob>) => ({
          blob: response.body ?? new Blob(),
          fileName: fileNameOf(response, from, to, format),
        })),
      );
  }
}

function fileNameOf(response: HttpResponse<Blob>, from: string, to: string, format: ExportFormat): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename="?([^";]+)"?/.exec(disposition);
  return match?.[1] ?? `ibd-statistics-${from}-${to}.${format}`;
}
