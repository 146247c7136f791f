import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type Freshness,
  type IndicatorSeries,
  type IndicatorSummary,
  type SeriesInterval,
} from './indicators.model';
import { type Period } from './period';

@Injectable({ providedIn: 'root' })
export class IndicatorsService {
  private readonly http = inject(HttpClient);

  getSummary(period: Period): Observable<IndicatorSummary> {
    return this.http.get<IndicatorSummary>('/api/indicators', { params: { ...period } });
  }

  getSeries(interval: SeriesInterval, period: Period): Observable<IndicatorSeries> {
    return this.http.get<IndicatorSeries>('/api/indicators/series', {
      params: { interval, ...period },
    });
  }

  getFreshness(): Observable<Freshness> {
    return this.http.get<Freshness>('/api/indicators/freshness');
  }
}
