import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, type ParamMap, Router } from '@angular/router';
import {
  EMPTY,
  type Observable,
  Subject,
  catchError,
  distinctUntilChanged,
  expand,
  forkJoin,
  map,
  of,
  switchMap,
  tap,
  timer,
} from 'rxjs';
import { type FiguresSeries } from '../../../core/api/indicator-figures.model';
import { IndicatorFiguresService } from '../../../core/api/indicator-figures.service';
import { type Freshness, isBehind } from '../../../core/api/indicators.model';
import { IndicatorsService } from '../../../core/api/indicators.service';
import { OperationsService } from '../../../core/api/operations.service';
import { yearPeriod, yearsPeriod } from '../../../core/api/period';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { textOf } from '../../../core/i18n/translator';
import { NOW } from '../../../core/time/now.token';
import {
  type IndicatorFilters,
  describeFilters,
  figuresQueryOf,
  readFilters,
  sameFilters,
} from '../../../shared/filters/indicator-filters';
import { CatalogueOptionsStore } from '../../filters/data/catalogue-options.store';
import { OVERVIEW_MESSAGES } from '../overview.messages';
import { type KpiFigures } from './kpis';
import { FIRST_DATA_YEAR, defaultYear, yearBefore } from './overview-period';
import { type OperationProgress, operationProgressOf } from './target-progress';

export const FRESHNESS_POLL_MS = 5_000;

/** What the URL asks: the shared filters, and whether it names a period at all. */
interface UrlQuestion {
  readonly filters: IndicatorFilters;
  /** Without a period the overview shows the default year, and writes it to the URL. */
  readonly periodGiven: boolean;
}

interface Load {
  readonly filters: IndicatorFilters;
  /** Keep showing the current figures while the new ones arrive (a background refresh). */
  readonly keep: boolean;
}

/**
 * The overview's state: the question of the shared filter bar (from the URL),
 * its key figures and those of the year before, users, enrolments and
 * completions per year, the operations' progress towards their targets, and
 * whether the figures are still catching up with stored statements. Every
 * request that does not depend on another goes out at once. Provided by the
 * page, so that requests and polling stop when the page goes away.
 */
@Injectable()
export class OverviewStore {
  private readonly figuresApi = inject(IndicatorFiguresService);
  private readonly indicatorsApi = inject(IndicatorsService);
  private readonly operationsApi = inject(OperationsService);
  private readonly catalogue = inject(CatalogueOptionsStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  private readonly currentYear = inject(NOW)().getFullYear();
  /** The chart's years: every year the product can hold data for, up to now. */
  private readonly chartYears = yearsPeriod(FIRST_DATA_YEAR, this.currentYear);

  private readonly urlQuestion = signal<UrlQuestion | null>(null);
  private readonly filtersState = signal<IndicatorFilters | null>(null);
  private readonly figuresState = signal<Remote<KpiFigures>>(remoteLoading());
  private readonly seriesState = signal<Remote<FiguresSeries>>(remoteLoading());
  private readonly targetsState = signal<Remote<readonly OperationProgress[]>>(remoteLoading());
  private readonly freshnessState = signal<Remote<Freshness>>(remoteLoading());

  /** The question the key figures answer; null while the default year is worked out. */
  readonly filters = this.filtersState.asReadonly();
  readonly figures = this.figuresState.asReadonly();
  readonly series = this.seriesState.asReadonly();
  readonly targets = this.targetsState.asReadonly();
  readonly freshness = this.freshnessState.asReadonly();
  readonly isRefreshing = computed(() => {
    const freshness = this.freshnessState().value;
    return freshness !== null && isBehind(freshness);
  });
  /** The API query of the question, for the manager workbook export. */
  readonly query = computed(() => {
    const filters = this.filtersState();
    return filters === null ? null : figuresQueryOf(filters);
  });
  /** The question in words, a course by its catalogue title. */
  readonly question = computed(() => {
    const filters = this.filtersState();
    return filters === null ? null : this.describe(filters);
  });
  /** What the chart covers in words: its years and the course filters. */
  readonly chartScope = computed(() => {
    const asked = this.urlQuestion();
    return asked === null ? '' : this.describe({ ...asked.filters, ...this.chartYears });
  });

  private readonly figuresLoads = new Subject<Load | null>();
  private readonly seriesLoads = new Subject<Load>();
  private readonly targetsLoads = new Subject<{ readonly keep: boolean }>();

  constructor() {
    this.figuresLoads
      .pipe(
        switchMap((load) =>
          load === null
            ? of(remoteLoading<KpiFigures>())
            : fetchRemote(
                this.requestFigures(load.filters),
                load.keep ? this.figuresState().value : null,
              ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.figuresState.set(state));

    this.seriesLoads
      .pipe(
        switchMap(({ filters, keep }) =>
          fetchRemote(this.requestSeries(filters), keep ? this.seriesState().value : null),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => {
        this.seriesState.set(state);
        this.settleDefaultPeriod();
      });

    this.targetsLoads
      .pipe(
        switchMap(({ keep }) =>
          fetchRemote(this.requestTargets(), keep ? this.targetsState().value : null),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.targetsState.set(state));

    this.route.queryParamMap
      .pipe(
        map(readUrlQuestion),
        distinctUntilChanged(
          (a, b) => a.periodGiven === b.periodGiven && sameFilters(a.filters, b.filters),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((asked) => this.ask(asked));

    this.targetsLoads.next({ keep: false });
    this.watchFreshness();
  }

  retryFigures(): void {
    const filters = this.filtersState();
    if (filters !== null) this.figuresLoads.next({ filters, keep: false });
  }

  retrySeries(): void {
    const asked = this.urlQuestion();
    if (asked !== null) this.seriesLoads.next({ filters: asked.filters, keep: false });
  }

  retryTargets(): void {
    this.targetsLoads.next({ keep: false });
  }

  private ask(asked: UrlQuestion): void {
    const before = this.urlQuestion();
    this.urlQuestion.set(asked);
    // The chart spans every year, so only the course filters change it.
    if (before === null || !sameScope(before.filters, asked.filters)) {
      this.seriesLoads.next({ filters: asked.filters, keep: false });
    }
    if (asked.periodGiven) {
      this.filtersState.set(asked.filters);
      this.figuresLoads.next({ filters: asked.filters, keep: false });
    } else {
      this.filtersState.set(null);
      this.figuresLoads.next(null);
      this.settleDefaultPeriod();
    }
  }

  /**
   * Without a period in the link, the latest complete year with data, once
   * the yearly series tells which that is. It goes into the URL (replacing
   * the entry, so that "back" does not return here) so that the link
   * reproduces the view and the filter bar shows it.
   */
  private settleDefaultPeriod(): void {
    const asked = this.urlQuestion();
    const series = this.seriesState();
    if (asked === null || asked.periodGiven || series.status === 'loading') return;
    const year = defaultYear(series.value?.points ?? [], this.currentYear);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: yearPeriod(year),
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  private requestFigures(filters: IndicatorFilters): Observable<KpiFigures> {
    const query = figuresQueryOf(filters);
    return forkJoin({
      current: this.figuresApi.figures(query),
      previous: this.figuresApi.figures({ ...query, ...yearBefore(query) }),
    });
  }

  private requestSeries(filters: IndicatorFilters): Observable<FiguresSeries> {
    return this.figuresApi.series('year', figuresQueryOf({ ...filters, ...this.chartYears }));
  }

  /** Every operation's funding indicators, all asked at once. */
  private requestTargets(): Observable<OperationProgress[]> {
    return this.operationsApi
      .list()
      .pipe(
        switchMap((operations) =>
          operations.length === 0
            ? of([])
            : forkJoin(
                operations.map((operation) =>
                  this.operationsApi
                    .fundingIndicators(operation.id)
                    .pipe(map((funding) => operationProgressOf(operation, funding))),
                ),
              ),
        ),
      );
  }

  private describe(filters: IndicatorFilters): string {
    return describeFilters(filters, (id) => this.catalogue.course(id)?.title ?? id);
  }

  /** Checks freshness now, then every few seconds while statements are still being processed. */
  private watchFreshness(): void {
    const check$ = this.indicatorsApi.getFreshness().pipe(
      catchError(() => of(null)),
      tap((freshness) => this.applyFreshness(freshness)),
    );
    check$
      .pipe(
        expand(() =>
          this.isRefreshing() ? timer(FRESHNESS_POLL_MS).pipe(switchMap(() => check$)) : EMPTY,
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe();
  }

  private applyFreshness(freshness: Freshness | null): void {
    if (freshness === null) {
      // A failed check keeps what was known, so one network blip does not stop the polling.
      if (this.freshnessState().value === null) {
        this.freshnessState.set({
          status: 'error',
          value: null,
          error: textOf(OVERVIEW_MESSAGES, 'overview.freshness.unknown'),
        });
      }
      return;
    }
    const wasRefreshing = this.isRefreshing();
    this.freshnessState.set({ status: 'ready', value: freshness, error: null });
    if (wasRefreshing && !this.isRefreshing()) this.reloadAll();
  }

  /** Once caught up, every figure on the page may have changed: fetch them again, quietly. */
  private reloadAll(): void {
    const asked = this.urlQuestion();
    if (asked !== null) this.seriesLoads.next({ filters: asked.filters, keep: true });
    const filters = this.filtersState();
    if (filters !== null) this.figuresLoads.next({ filters, keep: true });
    this.targetsLoads.next({ keep: true });
  }
}

function readUrlQuestion(params: ParamMap): UrlQuestion {
  return {
    filters: readFilters(params).filters,
    periodGiven: params.has('from') || params.has('to'),
  };
}

/** Same courses counted: the filters other than the period. */
function sameScope(a: IndicatorFilters, b: IndicatorFilters): boolean {
  return a.programme === b.programme && a.format === b.format && a.course === b.course;
}
