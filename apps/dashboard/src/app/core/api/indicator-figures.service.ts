import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type AgeBanding,
  type CourseFiguresTable,
  type FiguresInterval,
  type FiguresQuery,
  type FiguresSeries,
  type IndicatorFigures,
} from './indicator-figures.model';
import { LIVE_FIGURES_HEADERS } from './live-figures';

/**
 * Every figure of the indicator API with its course filters. The API refuses
 * parameters it does not know, so only the filters that are set are sent.
 */
@Injectable({ providedIn: 'root' })
export class IndicatorFiguresService {
  private readonly http = inject(HttpClient);

  /** Totals, ratios, growth on the year before, and every breakdown. */
  figures(query: FiguresQuery, banding?: AgeBanding): Observable<IndicatorFigures> {
    return this.http.get<IndicatorFigures>('/api/indicators', {
      params: { ...queryParams(query), ...bandingParams(banding) },
      headers: LIVE_FIGURES_HEADERS,
    });
  }

  series(interval: FiguresInterval, query: FiguresQuery): Observable<FiguresSeries> {
    return this.http.get<FiguresSeries>('/api/indicators/series', {
      params: { interval, ...queryParams(query) },
      headers: LIVE_FIGURES_HEADERS,
    });
  }

  courses(query: FiguresQuery): Observable<CourseFiguresTable> {
    return this.http.get<CourseFiguresTable>('/api/indicators/courses', {
      params: queryParams(query),
      headers: LIVE_FIGURES_HEADERS,
    });
  }
}

function queryParams(query: FiguresQuery): Record<string, string> {
  const params: Record<string, string> = { from: query.from, to: query.to };
  if (query.programme !== undefined) params['programme'] = query.programme;
  if (query.format !== undefined) params['format'] = query.format;
  if (query.course !== undefined) params['course'] = query.course;
  return params;
}

function bandingParams(banding: AgeBanding | undefined): Record<string, string> {
  if (banding === undefined) return {};
  return banding.scheme === 'custom'
    ? { ageScheme: 'custom', ageBands: banding.bands ?? '' }
    : { ageScheme: banding.scheme };
}
