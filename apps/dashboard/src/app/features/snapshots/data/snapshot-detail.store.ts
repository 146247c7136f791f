import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { Subject, distinctUntilChanged, map, startWith, switchMap } from 'rxjs';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import {
  SAVE_IDLE,
  SAVE_SAVED,
  SAVE_SAVING,
  type SaveState,
  saveFailed,
} from '../../../core/api/save-state';
import {
  type NewSnapshot,
  type Snapshot,
  type SnapshotVerification,
} from '../../../core/api/snapshots.model';
import { SnapshotsService } from '../../../core/api/snapshots.service';
import { SnapshotJobTracker } from './snapshot-job.tracker';

/**
 * One snapshot and what can be done with it: approve, supersede with a
 * correction, verify. Provided by the page, with the job tracker that follows
 * a correction. The page stays when a link opens another snapshot, so every
 * action's state starts again with the id.
 */
@Injectable()
export class SnapshotDetailStore {
  private readonly api = inject(SnapshotsService);
  private readonly destroyRef = inject(DestroyRef);
  readonly correction = inject(SnapshotJobTracker);

  private readonly id$ = inject(ActivatedRoute).paramMap.pipe(
    map((params) => params.get('id') ?? ''),
    distinctUntilChanged(),
  );
  readonly id = toSignal(this.id$, { requireSync: true });

  private readonly snapshotState = signal<Remote<Snapshot>>(remoteLoading());
  private readonly approvalState = signal<SaveState>(SAVE_IDLE);
  private readonly verificationState = signal<Remote<SnapshotVerification> | null>(null);
  private readonly correcting = signal(false);

  readonly snapshot = this.snapshotState.asReadonly();
  readonly approval = this.approvalState.asReadonly();
  /** Null until asked for. */
  readonly verification = this.verificationState.asReadonly();
  /** The correction form is open. */
  readonly supersedeOpen = this.correcting.asReadonly();

  private readonly loads = new Subject<{ readonly keep: boolean }>();
  private readonly verifications = new Subject<void>();

  constructor() {
    this.id$.pipe(takeUntilDestroyed()).subscribe(() => {
      this.approvalState.set(SAVE_IDLE);
      this.verificationState.set(null);
      this.correcting.set(false);
      this.correction.reset();
    });
    // Another snapshot starts empty; a reload of the same one keeps it on screen meanwhile.
    this.id$
      .pipe(
        switchMap((id) =>
          this.loads.pipe(
            startWith({ keep: false }),
            switchMap(({ keep }) =>
              fetchRemote(this.api.get(id), keep ? this.snapshotState().value : null),
            ),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.snapshotState.set(state));
    this.verifications
      .pipe(
        switchMap(() => fetchRemote(this.api.verify(this.id()))),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.verificationState.set(state));
    // Once the correction is stored, this snapshot shows what superseded it.
    this.correction.finished$.pipe(takeUntilDestroyed()).subscribe(() => {
      this.correcting.set(false);
      this.loads.next({ keep: true });
    });
  }

  retry(): void {
    this.loads.next({ keep: false });
  }

  /** The API refuses the creator (four eyes) and a second approval; the page shows why. */
  approve(): void {
    if (this.approvalState().status === 'saving') return;
    const id = this.id();
    this.approvalState.set(SAVE_SAVING);
    this.api
      .approve(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (summary) => {
          const shown = this.snapshotState().value;
          if (shown?.id === summary.id) {
            this.snapshotState.set({
              status: 'ready',
              value: { ...shown, ...summary },
              error: null,
            });
          }
          this.approvalState.set(SAVE_SAVED);
        },
        error: (error: unknown) => this.approvalState.set(saveFailed(error)),
      });
  }

  verify(): void {
    if (this.verificationState()?.status === 'loading') return;
    this.verifications.next();
  }

  openSupersede(): void {
    this.correcting.set(true);
  }

  cancelSupersede(): void {
    this.correcting.set(false);
  }

  /** A new snapshot that names this one and why. */
  supersede(request: NewSnapshot): void {
    this.correction.start({ ...request, supersedes: this.id() });
  }
}
