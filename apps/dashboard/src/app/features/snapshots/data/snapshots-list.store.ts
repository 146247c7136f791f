import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, startWith, switchMap } from 'rxjs';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { type NewSnapshot, type SnapshotListItem } from '../../../core/api/snapshots.model';
import { SnapshotsService } from '../../../core/api/snapshots.service';
import { SnapshotJobTracker } from './snapshot-job.tracker';

/** Two snapshots to compare, the older as A: differences then read as what changed since. */
export interface ComparePair {
  readonly a: string;
  readonly b: string;
}

/**
 * The snapshots page: every snapshot, the request of a new one, and the two
 * ticked for comparison. Provided by the page, with the job tracker.
 */
@Injectable()
export class SnapshotsListStore {
  private readonly api = inject(SnapshotsService);
  readonly job = inject(SnapshotJobTracker);

  private readonly listState = signal<Remote<SnapshotListItem[]>>(remoteLoading());
  /** Newest first, as the API lists them. */
  readonly list = this.listState.asReadonly();

  /**
   * Why each superseded snapshot was superseded: the reason is kept with the
   * correction, which names the snapshot it corrects.
   */
  readonly supersedeReasons = computed(() => {
    const reasons = new Map<string, string>();
    for (const snapshot of this.listState().value ?? []) {
      if (snapshot.supersedes) reasons.set(snapshot.supersedes.id, snapshot.supersedes.reason);
    }
    return reasons;
  });

  private readonly selectedIds = signal<readonly string[]>([]);
  readonly selected = this.selectedIds.asReadonly();
  readonly selectionFull = computed(() => this.selectedIds().length >= 2);
  readonly comparePair = computed<ComparePair | null>(() => {
    const ids = this.selectedIds();
    if (ids.length !== 2) return null;
    const byId = new Map((this.listState().value ?? []).map((item) => [item.id, item]));
    const [first, second] = ids.map((id) => byId.get(id));
    if (!first || !second) return null;
    return first.createdAt <= second.createdAt
      ? { a: first.id, b: second.id }
      : { a: second.id, b: first.id };
  });

  private readonly loads = new Subject<{ readonly keep: boolean }>();

  constructor() {
    this.loads
      .pipe(
        startWith({ keep: false }),
        switchMap(({ keep }) => fetchRemote(this.api.list(), keep ? this.listState().value : null)),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.listState.set(state));
    // A new snapshot joins the list, and may supersede one of it.
    this.job.finished$.pipe(takeUntilDestroyed()).subscribe(() => this.loads.next({ keep: true }));
  }

  create(request: NewSnapshot): void {
    this.job.start(request);
  }

  retry(): void {
    this.loads.next({ keep: false });
  }

  isSelected(id: string): boolean {
    return this.selectedIds().includes(id);
  }

  /** At most two: a third waits until one is unticked. */
  select(id: string, selected: boolean): void {
    const ids = this.selectedIds().filter((other) => other !== id);
    if (selected && ids.length >= 2) return;
    this.selectedIds.set(selected ? [...ids, id] : ids);
  }

  clearSelection(): void {
    this.selectedIds.set([]);
  }
}
