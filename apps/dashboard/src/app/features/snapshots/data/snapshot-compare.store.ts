import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { EMPTY, Subject, combineLatest, map, startWith, switchMap } from 'rxjs';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { type SnapshotComparison } from '../../../core/api/snapshots.model';
import { SnapshotsService } from '../../../core/api/snapshots.service';
import { formatDifference, formatValue, valueLabel } from './snapshot-values';

export interface ComparisonRow {
  readonly path: string;
  readonly label: string;
  readonly a: string;
  readonly b: string;
  readonly difference: string;
  readonly equal: boolean;
}

/**
 * Two snapshots value by value (`/snapshots/compare?a=&b=`), the differences
 * as B − A. Provided by the page.
 */
@Injectable()
export class SnapshotCompareStore {
  private readonly api = inject(SnapshotsService);

  private readonly pair$ = inject(ActivatedRoute).queryParamMap.pipe(
    map((params) => ({ a: params.get('a') ?? '', b: params.get('b') ?? '' })),
  );
  readonly pair = toSignal(this.pair$, { requireSync: true });
  readonly hasPair = computed(() => this.pair().a !== '' && this.pair().b !== '');

  private readonly comparisonState = signal<Remote<SnapshotComparison>>(remoteLoading());
  readonly comparison = this.comparisonState.asReadonly();

  private readonly differingOnly = signal(true);
  /** Residence alone can hold hundreds of cells: what differs is what a reader looks for. */
  readonly onlyDifferences = this.differingOnly.asReadonly();

  private readonly allRows = computed<ComparisonRow[]>(() =>
    (this.comparisonState().value?.values ?? []).map((value) => ({
      path: value.value,
      label: valueLabel(value.value),
      a: formatValue(value.value, value.a),
      b: formatValue(value.value, value.b),
      difference: value.equal ? '' : formatDifference(value.value, value.difference),
      equal: value.equal,
    })),
  );
  readonly valueCount = computed(() => this.allRows().length);
  readonly differingCount = computed(() => this.allRows().filter((row) => !row.equal).length);
  readonly rows = computed(() =>
    this.differingOnly() ? this.allRows().filter((row) => !row.equal) : this.allRows(),
  );

  private readonly retries = new Subject<void>();

  constructor() {
    combineLatest([this.pair$, this.retries.pipe(startWith(undefined))])
      .pipe(
        switchMap(([{ a, b }]) =>
          a === '' || b === '' ? EMPTY : fetchRemote(this.api.compare(a, b)),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.comparisonState.set(state));
  }

  showOnlyDifferences(only: boolean): void {
    this.differingOnly.set(only);
  }

  retry(): void {
    this.retries.next();
  }
}
