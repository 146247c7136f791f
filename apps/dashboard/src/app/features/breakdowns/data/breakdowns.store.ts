import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { Subject, combineLatest, distinctUntilChanged, map, startWith, switchMap, tap } from 'rxjs';
import { fieldErrorsOf } from '../../../core/api/api-error';
import {
  type AgeBanding,
  type BreakdownDimension,
  type FigureKey,
  type IndicatorFigures,
} from '../../../core/api/indicator-figures.model';
import { IndicatorFiguresService } from '../../../core/api/indicator-figures.service';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { figuresQueryOf } from '../../../shared/filters/indicator-filters';
import { IndicatorFiltersStore } from '../../filters/data/indicator-filters.store';
import { bandingParams, breakdownTabs, readBreakdownChoice, sameBanding } from './breakdown-choice';
import { breakdownRows } from './breakdown-rows';

/**
 * The breakdowns page: one answer of `GET /api/indicators` holds every
 * breakdown of every figure, so choosing a figure or a tab asks nothing new;
 * the filters and the age bands do. Provided by the page.
 */
@Injectable()
export class BreakdownsStore {
  private readonly api = inject(IndicatorFiguresService);
  private readonly filters = inject(IndicatorFiltersStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  readonly choice = computed(() => readBreakdownChoice(this.params()));
  readonly tabs = computed(() => breakdownTabs(this.choice().figure));

  private readonly figuresState = signal<Remote<IndicatorFigures>>(remoteLoading());
  private readonly ageBandsErrorState = signal<string | null>(null);
  readonly figures = this.figuresState.asReadonly();
  /** The API's reason for refusing custom age bands, shown next to them. */
  readonly ageBandsError = this.ageBandsErrorState.asReadonly();

  readonly total = computed(() => this.figuresState().value?.[this.choice().figure] ?? null);
  readonly rows = computed(() => {
    const figures = this.figuresState().value;
    if (!figures) return [];
    const { figure, dimension } = this.choice();
    const breakdowns: Readonly<
      Partial<Record<BreakdownDimension, Readonly<Record<string, number>>>>
    > = figures.breakdowns[figure];
    return breakdownRows(breakdowns[dimension] ?? {}, dimension);
  });

  private readonly retries = new Subject<void>();

  constructor() {
    const banding$ = this.route.queryParamMap.pipe(
      map((params) => readBreakdownChoice(params).banding),
      distinctUntilChanged(sameBanding),
    );
    combineLatest([this.filters.filters$, banding$, this.retries.pipe(startWith(undefined))])
      .pipe(
        switchMap(([filters, banding]) => {
          this.ageBandsErrorState.set(null);
          const request = this.api.figures(figuresQueryOf(filters), banding).pipe(
            tap({
              error: (error: unknown) =>
                this.ageBandsErrorState.set(fieldErrorsOf(error)['ageBands'] ?? null),
            }),
          );
          return fetchRemote(request);
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.figuresState.set(state));
  }

  selectFigure(figure: FigureKey): void {
    this.setParams({ figure });
  }

  selectDimension(dimension: BreakdownDimension): void {
    this.setParams({ by: dimension });
  }

  chooseBanding(banding: AgeBanding): void {
    this.setParams(bandingParams(banding));
  }

  retry(): void {
    this.retries.next();
  }

  private setParams(params: Record<string, string | null>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: params,
      queryParamsHandling: 'merge',
    });
  }
}
