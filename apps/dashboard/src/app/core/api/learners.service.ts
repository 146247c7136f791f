import { HttpClient, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { importForm } from './imports.model';
import { type LearnerImportResult, type RegistrySummary } from './learners.model';

@Injectable({ providedIn: 'root' })
export class LearnersService {
  private readonly http = inject(HttpClient);

  /** Every event of the upload, so that the page can show its progress. */
  importRegistry(file: File): Observable<HttpEvent<LearnerImportResult>> {
    return this.http.post<LearnerImportResult>('/api/learners/import', importForm(file), {
      reportProgress: true,
      observe: 'events',
    });
  }

  getSummary(): Observable<RegistrySummary> {
    return this.http.get<RegistrySummary>('/api/learners/summary');
  }
}
