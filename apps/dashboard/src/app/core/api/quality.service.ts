import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { LIVE_FIGURES_HEADERS } from './live-figures';
import { type QualityReport } from './quality.model';

@Injectable({ providedIn: 'root' })
export class QualityService {
  private readonly http = inject(HttpClient);

  report(): Observable<QualityReport> {
    return this.http.get<QualityReport>('/api/quality', { headers: LIVE_FIGURES_HEADERS });
  }
}
