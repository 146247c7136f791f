import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { EMPTY, Subject, combineLatest, startWith, switchMap } from 'rxjs';
import {
  MAX_DISCLOSURE_K,
  MIN_DISCLOSURE_K,
  type PublicationView,
  type PublishableSnapshot,
} from '../../../core/api/publication.model';
import { PublicationService } from '../../../core/api/publication.service';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { Translator } from '../../../core/i18n/translator';

/** A k from the URL, or null (the API's default) when it is missing or out of range. */
export function readK(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const k = Number(value);
  return k >= MIN_DISCLOSURE_K && k <= MAX_DISCLOSURE_K ? k : null;
}

/**
 * The publication page: which snapshot (`snapshot` in the URL, else the
 * newest approved one) under which k (`k`, else the API's default), and its
 * publication view in the interface language. Provided by the page.
 */
@Injectable()
export class PublicationStore {
  private readonly api = inject(PublicationService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(Translator).language;

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  private readonly requestedId = computed(() => this.params().get('snapshot'));
  private readonly requestedK = computed(() => readK(this.params().get('k')));

  private readonly snapshotsState = signal<Remote<PublishableSnapshot[]>>(remoteLoading());
  /** Approved snapshots that nothing supersedes, newest first. */
  readonly snapshots = this.snapshotsState.asReadonly();
  /** The snapshot shown: the one the URL names, else the newest approved one. */
  readonly selectedId = computed(
    () => this.requestedId() ?? this.snapshotsState().value?.[0]?.id ?? null,
  );
  /** Nothing approved to show, and no snapshot named in the URL. */
  readonly isEmpty = computed(
    () =>
      this.snapshotsState().status === 'ready' &&
      this.snapshotsState().value?.length === 0 &&
      this.requestedId() === null,
  );
  /** A snapshot named in the URL that the list lacks: unapproved or superseded, a preview. */
  readonly isUnlisted = computed(() => {
    const id = this.selectedId();
    const list = this.snapshotsState().value;
    return id !== null && list !== null && !list.some((snapshot) => snapshot.id === id);
  });

  private readonly viewState = signal<Remote<PublicationView>>(remoteLoading());
  readonly view = this.viewState.asReadonly();
  /** The k asked for, else the one the API applied (its default). */
  readonly k = computed(() => this.requestedK() ?? this.viewState().value?.k ?? null);

  private readonly listRetries = new Subject<void>();
  private readonly viewRetries = new Subject<void>();

  constructor() {
    this.listRetries
      .pipe(
        startWith(undefined),
        switchMap(() => fetchRemote(this.api.publishable())),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.snapshotsState.set(state));

    // Asked again only when the snapshot or k changes, or on a retry.
    const question = computed(() => ({ id: this.selectedId(), k: this.requestedK() }), {
      equal: (a, b) => a.id === b.id && a.k === b.k,
    });
    combineLatest([toObservable(question), this.viewRetries.pipe(startWith(undefined))])
      .pipe(
        switchMap(([{ id, k }]) => {
          if (id === null) return EMPTY;
          // Changing k keeps the figures on screen until the new ones arrive; another snapshot does not.
          const kept = this.viewState().value;
          return fetchRemote(
            this.api.publication(id, {
              ...(k === null ? {} : { k }),
              language: this.language,
            }),
            kept?.snapshot.id === id ? kept : null,
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.viewState.set(state));
  }

  selectSnapshot(id: string): void {
    this.setParams({ snapshot: id });
  }

  selectK(k: number): void {
    this.setParams({ k: String(k) });
  }

  retryList(): void {
    this.listRetries.next();
  }

  retryView(): void {
    this.viewRetries.next();
  }

  private setParams(params: Record<string, string>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: params,
      queryParamsHandling: 'merge',
    });
  }
}
