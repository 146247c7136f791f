import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { EMPTY, Subject, combineLatest, map, startWith, switchMap } from 'rxjs';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { type EvidenceQuery, type SnapshotEvidence } from '../../../core/api/snapshots.model';
import { SnapshotsService } from '../../../core/api/snapshots.service';

/** Persons per page: enough to scan, few enough to read the statement ids. */
export const EVIDENCE_PAGE_SIZE = 50;

export interface EvidenceRequest extends EvidenceQuery {
  readonly snapshotId: string;
}

/** `page` in the URL: a whole number from 1, else the first page. */
export function pageFrom(raw: string | null): number {
  const page = raw !== null && /^\d+$/.test(raw) ? Number(raw) : 1;
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/**
 * The evidence of one counted value, a page at a time. Snapshot, value and
 * page are in the URL (`/snapshots/:id/evidence?value=…&page=…`), so an
 * auditor can send the exact page. Provided by the page.
 */
@Injectable()
export class SnapshotEvidenceStore {
  private readonly api = inject(SnapshotsService);
  private readonly route = inject(ActivatedRoute);

  private readonly request$ = combineLatest([this.route.paramMap, this.route.queryParamMap]).pipe(
    map(([params, query]): EvidenceRequest => ({
      snapshotId: params.get('id') ?? '',
      value: query.get('value') ?? '',
      page: pageFrom(query.get('page')),
      pageSize: EVIDENCE_PAGE_SIZE,
    })),
  );
  readonly request = toSignal(this.request$, { requireSync: true });

  private readonly evidenceState = signal<Remote<SnapshotEvidence>>(remoteLoading());
  readonly evidence = this.evidenceState.asReadonly();

  readonly pages = computed(() => {
    const evidence = this.evidenceState().value;
    return evidence ? Math.max(1, Math.ceil(evidence.total / evidence.pageSize)) : 1;
  });
  /** 1-based numbers of the first and last entry of the page. */
  readonly range = computed(() => {
    const evidence = this.evidenceState().value;
    if (!evidence || evidence.entries.length === 0) return null;
    const first = (evidence.page - 1) * evidence.pageSize + 1;
    return { first, last: first + evidence.entries.length - 1 };
  });

  private readonly retries = new Subject<void>();

  constructor() {
    combineLatest([this.request$, this.retries.pipe(startWith(undefined))])
      .pipe(
        switchMap(([request]) =>
          request.value === ''
            ? EMPTY
            : fetchRemote(
                this.api.evidence(request.snapshotId, {
                  value: request.value,
                  page: request.page,
                  pageSize: request.pageSize,
                }),
              ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.evidenceState.set(state));
  }

  retry(): void {
    this.retries.next();
  }
}
