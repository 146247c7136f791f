import {
  DestroyRef,
  Injectable,
  type WritableSignal,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import {
  type Observable,
  Subject,
  combineLatest,
  distinctUntilChanged,
  map,
  startWith,
  switchMap,
} from 'rxjs';
import {
  type FiguresQuery,
  type FiguresSeries,
  type IndicatorFigures,
} from '../../../core/api/indicator-figures.model';
import { IndicatorFiguresService } from '../../../core/api/indicator-figures.service';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { figuresQueryOf } from '../../../shared/filters/indicator-filters';
import { CatalogueOptionsStore } from '../../filters/data/catalogue-options.store';
import { IndicatorFiltersStore } from '../../filters/data/indicator-filters.store';

/**
 * One course: the figures of the period with `course=<id>`, and its monthly
 * series. Programme and format filters do not apply here: the course fixes
 * both. Provided by the page.
 */
@Injectable()
export class CourseDetailStore {
  private readonly api = inject(IndicatorFiguresService);
  private readonly filters = inject(IndicatorFiltersStore);
  private readonly catalogue = inject(CatalogueOptionsStore);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);

  private readonly courseId$ = this.route.paramMap.pipe(
    map((params) => params.get('courseId') ?? ''),
    distinctUntilChanged(),
  );
  readonly courseId = toSignal(this.courseId$, { requireSync: true });
  /** From the catalogue; null for a course outside it (or while the catalogue loads). */
  readonly course = computed(() => this.catalogue.course(this.courseId()));
  readonly catalogueStatus = computed(() => this.catalogue.catalogue().status);

  private readonly figuresState = signal<Remote<IndicatorFigures>>(remoteLoading());
  private readonly seriesState = signal<Remote<FiguresSeries>>(remoteLoading());
  readonly figures = this.figuresState.asReadonly();
  readonly series = this.seriesState.asReadonly();
  readonly hasMonthlyActivity = computed(() =>
    (this.seriesState().value?.points ?? []).some(
      (point) => point.users + point.enrolments + point.completions > 0,
    ),
  );

  private readonly figuresRetries = new Subject<void>();
  private readonly seriesRetries = new Subject<void>();

  constructor() {
    const query$ = combineLatest([this.filters.filters$, this.courseId$]).pipe(
      map(([filters, course]) =>
        figuresQueryOf(filters, { programme: null, format: null, course }),
      ),
    );
    this.load(query$, this.figuresRetries, (query) => this.api.figures(query), this.figuresState);
    this.load(
      query$,
      this.seriesRetries,
      (query) => this.api.series('month', query),
      this.seriesState,
    );
  }

  retryFigures(): void {
    this.figuresRetries.next();
  }

  retrySeries(): void {
    this.seriesRetries.next();
  }

  private load<T>(
    query$: Observable<FiguresQuery>,
    retries: Subject<void>,
    request: (query: FiguresQuery) => Observable<T>,
    state: WritableSignal<Remote<T>>,
  ): void {
    combineLatest([query$, retries.pipe(startWith(undefined))])
      .pipe(
        switchMap(([query]) => fetchRemote(request(query))),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((next) => state.set(next));
  }
}
