import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { Subject, combineLatest, map, startWith, switchMap, timer } from 'rxjs';
import { type CourseFiguresTable } from '../../../core/api/indicator-figures.model';
import { IndicatorFiguresService } from '../../../core/api/indicator-figures.service';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { figuresQueryOf } from '../../../shared/filters/indicator-filters';
import { IndicatorFiltersStore } from '../../filters/data/indicator-filters.store';
import {
  type CourseSort,
  type CourseSortKey,
  nextSort,
  readCourseSort,
  searchCourses,
  sortCourses,
} from './course-table';

/** Typing settles before the URL is rewritten, so the box never lags behind the keys. */
export const SEARCH_TO_URL_MS = 300;

/**
 * The courses page: each course's figures for the filters, searched and
 * sorted. Sort and search live in the URL too (`sort`, `dir`, `q`), so a
 * link opens the same table. Provided by the page.
 */
@Injectable()
export class CoursesStore {
  private readonly api = inject(IndicatorFiguresService);
  private readonly filters = inject(IndicatorFiltersStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  readonly sort = computed(() => readCourseSort(this.params()));
  private readonly queryState = signal(this.route.snapshot.queryParamMap.get('q') ?? '');
  /** The search as typed; the URL catches up after a pause. */
  readonly query = this.queryState.asReadonly();
  /** The last search this store wrote to the URL, to tell its own writes from a new link. */
  private writtenQuery: string | null = null;

  private readonly tableState = signal<Remote<CourseFiguresTable>>(remoteLoading());
  readonly table = this.tableState.asReadonly();
  readonly allCourses = computed(() => this.tableState().value?.courses ?? []);
  readonly courses = computed(() =>
    sortCourses(searchCourses(this.allCourses(), this.queryState()), this.sort()),
  );

  private readonly retries = new Subject<void>();
  private readonly typed = new Subject<string>();

  constructor() {
    combineLatest([this.filters.filters$, this.retries.pipe(startWith(undefined))])
      .pipe(
        switchMap(([filters]) => fetchRemote(this.api.courses(figuresQueryOf(filters)))),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.tableState.set(state));

    // switchMap over a timer debounces with operators the app already ships (debounceTime would
    // be hoisted into the initial bundle).
    this.typed
      .pipe(
        switchMap((query) => timer(SEARCH_TO_URL_MS).pipe(map(() => query))),
        takeUntilDestroyed(),
      )
      .subscribe((query) => {
        this.writtenQuery = query;
        this.setParams({ q: query === '' ? null : query }, true);
      });
    this.route.queryParamMap
      .pipe(
        map((params) => params.get('q') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((query) => {
        if (query !== this.writtenQuery && query !== this.queryState()) this.queryState.set(query);
      });
  }

  search(query: string): void {
    this.queryState.set(query);
    this.typed.next(query);
  }

  sortBy(key: CourseSortKey): void {
    const sort: CourseSort = nextSort(this.sort(), key);
    this.setParams({ sort: sort.key, dir: sort.direction });
  }

  retry(): void {
    this.retries.next();
  }

  private setParams(params: Record<string, string | null>, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: params,
      queryParamsHandling: 'merge',
      replaceUrl,
    });
  }
}
