import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { type Freshness } from './indicators.model';

/**
 * Whether the figures have caught up with the stored statements; the figures
 * themselves come from IndicatorFiguresService.
 */
@Injectable({ providedIn: 'root' })
export class IndicatorsService {
  private readonly http = inject(HttpClient);

  getFreshness(): Observable<Freshness> {
    return this.http.get<Freshness>('/api/indicators/freshness');
  }
}
