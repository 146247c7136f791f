import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { Subject, combineLatest, distinctUntilChanged, map, startWith, switchMap } from 'rxjs';
import { type FigureKey, type FiguresSeries } from '../../../core/api/indicator-figures.model';
import { IndicatorFiguresService } from '../../../core/api/indicator-figures.service';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { type IndicatorFilters, figuresQueryOf } from '../../../shared/filters/indicator-filters';
import { IndicatorFiltersStore } from '../../filters/data/indicator-filters.store';
import {
  type TrendsView,
  hasNoActivity,
  peakMonth,
  readComparedFigure,
  readTrendsView,
  yearLines,
  yearOnYearPeriod,
  yearlyChanges,
} from './trends-view';

/**
 * The trends page: which view (per month, per year, year on year) of which
 * filters, from the URL, and the series that view needs. Provided by the page.
 */
@Injectable()
export class TrendsStore {
  private readonly api = inject(IndicatorFiguresService);
  private readonly filters = inject(IndicatorFiltersStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  readonly view = computed(() => readTrendsView(this.params()));
  /** The figure the year-on-year view compares. */
  readonly comparedFigure = computed(() => readComparedFigure(this.params()));

  private readonly seriesState = signal<Remote<FiguresSeries>>(remoteLoading());
  readonly series = this.seriesState.asReadonly();
  readonly points = computed(() => this.seriesState().value?.points ?? []);
  readonly isEmpty = computed(
    () => this.series().status === 'ready' && hasNoActivity(this.points()),
  );
  readonly yearlyChanges = computed(() => yearlyChanges(this.points()));
  readonly yearLines = computed(() => yearLines(this.points(), this.comparedFigure()));
  readonly peakMonth = computed(() => peakMonth(this.yearLines()));

  private readonly retries = new Subject<void>();

  constructor() {
    const view$ = this.route.queryParamMap.pipe(map(readTrendsView), distinctUntilChanged());
    combineLatest([this.filters.filters$, view$, this.retries.pipe(startWith(undefined))])
      .pipe(
        switchMap(([filters, view]) => fetchRemote(this.request(filters, view))),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.seriesState.set(state));
  }

  selectView(view: TrendsView): void {
    this.setParams({ view });
  }

  compareFigure(figure: FigureKey): void {
    this.setParams({ figure });
  }

  retry(): void {
    this.retries.next();
  }

  private request(filters: IndicatorFilters, view: TrendsView) {
    const query = figuresQueryOf(filters);
    switch (view) {
      case 'month':
        return this.api.series('month', query);
      case 'year':
        return this.api.series('year', query);
      case 'yoy':
        return this.api.series('month', { ...query, ...yearOnYearPeriod(filters) });
    }
  }

  private setParams(params: Record<string, string>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: params,
      queryParamsHandling: 'merge',
    });
  }
}
