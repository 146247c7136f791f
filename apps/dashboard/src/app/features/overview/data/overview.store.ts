import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { EMPTY, Subject, catchError, expand, of, switchMap, tap, timer } from 'rxjs';
import { type Freshness, type IndicatorSeries, type IndicatorSummary, isBehind } from '../../../core/api/indicators.model';
import { IndicatorsService } from '../../../core/api/indicators.service';
import { yearPeriod, yearsPeriod } from '../../../core/api/period';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { NOW } from '../../../core/time/now.token';
import { FIRST_DATA_YEAR, defaultYear, selectableYears } from './overview-years';

export const FRESHNESS_POLL_MS = 5_000;

interface Load {
  /** Keep showing the current figures while the new ones arrive (a background refresh). */
  readonly keep: boolean;
}

/**
 * The overview's state: the chosen year, its figures, the yearly series and
 * whether the figures are still catching up with stored statements. Provided
 * by the page, so that requests and polling stop when the page goes away.
 */
@Injectable()
export class OverviewStore {
  private readonly api = inject(IndicatorsService);
  private readonly destroyRef = inject(DestroyRef);

  readonly currentYear = inject(NOW)().getFullYear();
  readonly years = selectableYears(this.currentYear);

  private readonly yearState = signal<number | null>(null);
  private readonly summaryState = signal<Remote<IndicatorSummary>>(remoteLoading());
  private readonly seriesState = signal<Remote<IndicatorSeries>>(remoteLoading());
  private readonly freshnessState = signal<Remote<Freshness>>(remoteLoading());

  /** Null until the default year is known (it depends on the series). */
  readonly year = this.yearState.asReadonly();
  readonly summary = this.summaryState.asReadonly();
  readonly series = this.seriesState.asReadonly();
  readonly freshness = this.freshnessState.asReadonly();
  readonly isRefreshing = computed(() => {
    const freshness = this.freshnessState().value;
    return freshness !== null && isBehind(freshness);
  });

  private readonly summaryLoads = new Subject<Load & { readonly year: number }>();
  private readonly seriesLoads = new Subject<Load>();

  constructor() {
    this.summaryLoads
      .pipe(
        switchMap(({ year, keep }) =>
          fetchRemote(this.api.getSummary(yearPeriod(year)), keep ? this.summaryState().value : null),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.summaryState.set(state));

    const seriesPeriod = yearsPeriod(FIRST_DATA_YEAR, this.currentYear);
    this.seriesLoads
      .pipe(
        switchMap(({ keep }) =>
          fetchRemote(this.api.getSeries('year', seriesPeriod), keep ? this.seriesState().value : null),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => {
        this.seriesState.set(state);
        if (this.yearState() === null && state.status !== 'loading') {
          this.selectYear(defaultYear(state.value?.points ?? [], this.currentYear));
        }
      });

    this.seriesLoads.next({ keep: false });
    this.watchFreshness();
  }

  selectYear(year: number): void {
    this.yearState.set(year);
    this.summaryLoads.next({ year, keep: false });
  }

  retrySummary(): void {
    const year = this.yearState();
    if (year !== null) this.summaryLoads.next({ year, keep: false });
  }

  retrySeries(): void {
    this.seriesLoads.next({ keep: false });
  }

  /** Checks freshness now, then every few seconds while statements are still being processed. */
  private watchFreshness(): void {
    const check$ = this.api.getFreshness().pipe(
      catchError(() => of(null)),
      tap((freshness) => this.applyFreshness(freshness)),
    );
    check$
      .pipe(
        expand(() => (this.isRefreshing() ? timer(FRESHNESS_POLL_MS).pipe(switchMap(() => check$)) : EMPTY)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe();
  }

  private applyFreshness(freshness: Freshness | null): void {
    if (freshness === null) {
      // A failed check keeps what was known, so one network blip does not stop the polling.
      if (this.freshnessState().value === null) {
        this.freshnessState.set({ status: 'error', value: null, error: 'Data freshness is unknown.' });
      }
      return;
    }
    const wasRefreshing = this.isRefreshing();
    this.freshnessState.set({ status: 'ready', value: freshness, error: null });
    if (wasRefreshing && !this.isRefreshing()) this.reloadFigures();
  }

  private reloadFigures(): void {
    this.seriesLoads.next({ keep: true });
    const year = this.yearState();
    if (year !== null) this.summaryLoads.next({ year, keep: true });
  }
}
