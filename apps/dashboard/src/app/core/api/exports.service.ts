import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import { filenameFromContentDisposition } from '../files/content-disposition';
import { type Period } from './period';

export interface DownloadedFile {
  readonly blob: Blob;
  /** From the server's Content-Disposition header; null when it names none. */
  readonly filename: string | null;
}

@Injectable({ providedIn: 'root' })
export class ExportsService {
  private readonly http = inject(HttpClient);

  /** Fetched through HttpClient (not a plain link) so that the bearer token goes with it. */
  downloadIndicators(period: Period): Observable<DownloadedFile> {
    return this.http
      .get('/api/exports/indicators.xlsx', {
        params: { ...period },
        observe: 'response',
        responseType: 'blob',
      })
      .pipe(
        map((response) => ({
          blob: response.body ?? new Blob([]),
          filename: filenameFromContentDisposition(response.headers.get('Content-Disposition')),
        })),
      );
  }
}
