import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  EMPTY,
  type Observable,
  Subject,
  catchError,
  expand,
  map,
  of,
  startWith,
  switchMap,
  tap,
  timer,
} from 'rxjs';
import { describeApiError, retryDelayOf } from '../../../core/api/api-error';
import { type ExportRecord, isUnfinished } from '../../../core/api/exports.model';
import { ExportsService } from '../../../core/api/exports.service';
import { type Remote, remoteLoading } from '../../../core/api/remote';
import { FileSaverService } from '../../../core/files/file-saver.service';

/** Between two looks at the list while an export is being built. */
export const EXPORTS_POLL_MS = 2_000;

/** A download under way, or why the last one failed. */
export type DownloadState =
  { readonly status: 'downloading' } | { readonly status: 'failed'; readonly error: string };

/**
 * The exports page: the list, looked at again every 2 s while any export is
 * unfinished, and the downloads of finished files. Provided by the page, so
 * leaving it stops the polling (the jobs run on).
 */
@Injectable()
export class ExportsListStore {
  private readonly api = inject(ExportsService);
  private readonly saver = inject(FileSaverService);

  private readonly listState = signal<Remote<ExportRecord[]>>(remoteLoading());
  /** Newest first, as the API lists them. */
  readonly list = this.listState.asReadonly();
  readonly unfinished = computed(() => (this.listState().value ?? []).filter(isUnfinished).length);
  /** A look at the list that failed while one was already on screen: kept, and tried again. */
  private readonly refreshErrorState = signal<string | null>(null);
  readonly refreshError = this.refreshErrorState.asReadonly();

  private readonly downloadStates = signal<ReadonlyMap<string, DownloadState>>(new Map());
  /** Downloads that failed, with the file they were for, to say so in one alert. */
  readonly downloadFailures = computed(() => {
    const byId = new Map((this.listState().value ?? []).map((record) => [record.id, record]));
    return [...this.downloadStates()].flatMap(([id, state]) =>
      state.status === 'failed'
        ? [{ id, file: byId.get(id)?.fileName ?? id, error: state.error }]
        : [],
    );
  });

  private readonly loads = new Subject<void>();

  constructor() {
    this.loads
      .pipe(
        startWith(undefined),
        switchMap(() => this.follow()),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  /** Loads the list again now (a new export was asked for), and follows it again. */
  refresh(): void {
    this.loads.next();
  }

  /** After the list failed to load: the same as a refresh, from a clean slate. */
  retry(): void {
    this.listState.set(remoteLoading());
    this.loads.next();
  }

  downloadState(id: string): DownloadState | null {
    return this.downloadStates().get(id) ?? null;
  }

  download(record: ExportRecord): void {
    if (this.downloadState(record.id)?.status === 'downloading') return;
    this.setDownload(record.id, { status: 'downloading' });
    this.api.download(record.id).subscribe({
      next: (file) => {
        this.saver.save(file.blob, file.filename ?? record.fileName ?? `${record.id}`);
        this.setDownload(record.id, null);
      },
      error: (error: unknown) =>
        this.setDownload(record.id, { status: 'failed', error: describeApiError(error) }),
    });
  }

  /**
   * Looks at the list, then again every EXPORTS_POLL_MS while some export is
   * unfinished, or when the API says it is busy (503) after its Retry-After:
   * a large export can keep the database busy, and the list must not give up.
   */
  private follow(): Observable<number | null> {
    const look$ = this.api.list().pipe(
      tap((list) => {
        this.listState.set({ status: 'ready', value: list, error: null });
        this.refreshErrorState.set(null);
      }),
      map((list) => (list.some(isUnfinished) ? EXPORTS_POLL_MS : null)),
      catchError((error: unknown) => {
        const message = describeApiError(error);
        const retryIn = retryDelayOf(error);
        if (this.listState().value !== null) {
          this.refreshErrorState.set(message);
          return of(retryIn ?? EXPORTS_POLL_MS);
        }
        if (retryIn !== null) {
          // Still loading as far as the page is concerned, with the reason it takes longer.
          this.refreshErrorState.set(message);
          return of(retryIn);
        }
        this.listState.set({ status: 'error', value: null, error: message });
        return of(null);
      }),
    );
    return look$.pipe(
      expand((wait) => (wait === null ? EMPTY : timer(wait).pipe(switchMap(() => look$)))),
    );
  }

  private setDownload(id: string, state: DownloadState | null): void {
    const next = new Map(this.downloadStates());
    if (state === null) next.delete(id);
    else next.set(id, state);
    this.downloadStates.set(next);
  }
}
