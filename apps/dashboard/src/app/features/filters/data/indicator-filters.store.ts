import { Injectable, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { type Observable, distinctUntilChanged, map } from 'rxjs';
import {
  DEFAULT_FILTERS,
  type FiltersReading,
  type IndicatorFilters,
  describeFilters,
  filterQueryParams,
  readFilters,
  sameFilters,
} from '../../../shared/filters/indicator-filters';
import { CatalogueOptionsStore } from './catalogue-options.store';

/**
 * The global filters of the figure pages. The URL is the only state: the bar
 * writes the query parameters, and every store reads them back, so a copied
 * link opens the same view. Provided by each page (the route it reads).
 */
@Injectable()
export class IndicatorFiltersStore {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly catalogue = inject(CatalogueOptionsStore);

  readonly reading$: Observable<FiltersReading> = this.route.queryParamMap.pipe(
    map((params) => readFilters(params)),
    distinctUntilChanged(
      (a, b) =>
        sameFilters(a.filters, b.filters) && a.problems.join('\n') === b.problems.join('\n'),
    ),
  );
  /** Emits only when the question changes, not when another page parameter does. */
  readonly filters$: Observable<IndicatorFilters> = this.reading$.pipe(
    map((reading) => reading.filters),
    distinctUntilChanged(sameFilters),
  );

  private readonly reading = toSignal(this.reading$, { requireSync: true });
  readonly filters = computed(() => this.reading().filters);
  /** What the URL asked for that could not be used, to say so above the figures. */
  readonly problems = computed(() => this.reading().problems);
  readonly isDefault = computed(() => sameFilters(this.filters(), DEFAULT_FILTERS));
  /** The question in words, a course by its title: for page leads and table captions. */
  readonly question = computed(() =>
    describeFilters(this.filters(), (id) => this.catalogue.course(id)?.title ?? id),
  );

  /** Changes some filters; other query parameters of the page stay as they are. */
  apply(changes: Partial<IndicatorFilters>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filterQueryParams({ ...this.filters(), ...changes }),
      queryParamsHandling: 'merge',
    });
  }

  reset(): void {
    this.apply(DEFAULT_FILTERS);
  }
}
