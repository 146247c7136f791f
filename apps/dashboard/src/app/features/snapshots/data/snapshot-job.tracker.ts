import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  EMPTY,
  type Observable,
  Subject,
  catchError,
  expand,
  map,
  of,
  switchMap,
  tap,
  timer,
} from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';
import { SAVE_IDLE, SAVE_SAVING, type SaveState, saveFailed } from '../../../core/api/save-state';
import { type NewSnapshot } from '../../../core/api/snapshots.model';
import { SnapshotsService } from '../../../core/api/snapshots.service';
import { type FollowedJob, JOB_IDLE, type SnapshotJobState, jobStateOf } from './snapshot-job';

/** Between two looks at a running job: a snapshot takes seconds to minutes. */
export const SNAPSHOT_JOB_POLL_MS = 1_000;

/**
 * Asks for a snapshot and follows its job until the snapshot is stored or
 * the job fails. Provided by the page that asks, so that leaving the page
 * stops the polling (the job itself runs on).
 */
@Injectable()
export class SnapshotJobTracker {
  private readonly api = inject(SnapshotsService);

  private readonly stateSignal = signal<SnapshotJobState>(JOB_IDLE);
  readonly state = this.stateSignal.asReadonly();
  /** A request on its way or a job running: no second one meanwhile. */
  readonly busy = computed(() => ['sending', 'running'].includes(this.stateSignal().status));
  /** The request as its form sees it: the API's problems by field when it refused. */
  readonly submission = computed<SaveState>(() => {
    const state = this.stateSignal();
    if (state.status === 'sending') return SAVE_SAVING;
    return state.status === 'refused' ? state.failure : SAVE_IDLE;
  });

  private readonly finishedSnapshots = new Subject<string>();
  /** The id of each snapshot once stored. */
  readonly finished$ = this.finishedSnapshots.asObservable();

  /** Each run replaces the one before, so only one job is ever polled. */
  private readonly runs = new Subject<Observable<unknown>>();

  constructor() {
    this.runs
      .pipe(
        switchMap((run) => run),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe();
  }

  start(request: NewSnapshot): void {
    if (this.busy()) return;
    this.stateSignal.set({ status: 'sending' });
    this.runs.next(
      this.api.create(request).pipe(
        catchError((error: unknown) => {
          this.stateSignal.set({ status: 'refused', failure: saveFailed(error) });
          return EMPTY;
        }),
        switchMap((accepted) =>
          this.follow({ jobId: accepted.jobId, snapshotId: accepted.snapshotId }),
        ),
      ),
    );
  }

  /** After a failed look at the job: look again, and go on following it. */
  checkAgain(): void {
    const state = this.stateSignal();
    if (state.status !== 'unchecked') return;
    this.runs.next(this.follow({ jobId: state.jobId, snapshotId: state.snapshotId }));
  }

  /** Forgets the request and stops following its job (another snapshot is on screen). */
  reset(): void {
    this.runs.next(EMPTY);
    this.stateSignal.set(JOB_IDLE);
  }

  private follow(job: FollowedJob): Observable<SnapshotJobState> {
    const previous = this.stateSignal();
    const known =
      previous.status === 'unchecked'
        ? { stage: previous.stage, processed: previous.processed }
        : { stage: 'queued' as const, processed: null };
    this.stateSignal.set({ ...job, status: 'running', ...known });
    const look$ = this.api.job(job.jobId).pipe(
      map((answer) => jobStateOf(answer, job)),
      catchError((error: unknown) => of(this.unchecked(job, describeApiError(error)))),
      tap((state) => this.apply(state)),
    );
    return look$.pipe(
      expand((state) =>
        state.status === 'running'
          ? timer(SNAPSHOT_JOB_POLL_MS).pipe(switchMap(() => look$))
          : EMPTY,
      ),
    );
  }

  private unchecked(job: FollowedJob, error: string): SnapshotJobState {
    const state = this.stateSignal();
    const known =
      state.status === 'running' || state.status === 'unchecked'
        ? { stage: state.stage, processed: state.processed }
        : { stage: 'queued' as const, processed: null };
    return { ...job, status: 'unchecked', ...known, error };
  }

  private apply(state: SnapshotJobState): void {
    this.stateSignal.set(state);
    if (state.status === 'done') this.finishedSnapshots.next(state.snapshotId);
  }
}
