import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import { filenameFromContentDisposition } from '../files/content-disposition';
import { type ExportAccepted, type ExportRecord, type ExportRequest } from './exports.model';

export interface DownloadedFile {
  readonly blob: Blob;
  /** From the server's Content-Disposition header; null when it names none. */
  readonly filename: string | null;
}

const EXPORTS_URL = '/api/exports';

/** Exports (issue 8): asked for, followed and downloaded; files come through HttpClient. */
@Injectable({ providedIn: 'root' })
export class ExportsService {
  private readonly http = inject(HttpClient);

  /** Queues the job that builds the file; follow it in `list` or `get`. */
  create(request: ExportRequest): Observable<ExportAccepted> {
    return this.http.post<ExportAccepted>(EXPORTS_URL, request);
  }

  /** Newest first: one's own exports, or everyone's for admins and auditors. */
  list(): Observable<ExportRecord[]> {
    return this.http.get<ExportRecord[]>(EXPORTS_URL);
  }

  get(id: string): Observable<ExportRecord> {
    return this.http.get<ExportRecord>(exportUrl(id));
  }

  /**
   * The file of a finished export (409 before), fetched through HttpClient
   * (not a plain link) so that the bearer token goes with it.
   */
  download(id: string): Observable<DownloadedFile> {
    return this.http
      .get(`${exportUrl(id)}/file`, { observe: 'response', responseType: 'blob' })
      .pipe(map(downloadedFile));
  }
}

function exportUrl(id: string): string {
  return `${EXPORTS_URL}/${encodeURIComponent(id)}`;
}

function downloadedFile(response: HttpResponse<Blob>): DownloadedFile {
  return {
    blob: response.body ?? new Blob([]),
    filename: filenameFromContentDisposition(response.headers.get('Content-Disposition')),
  };
}
