import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type EvidenceQuery,
  type NewSnapshot,
  type Snapshot,
  type SnapshotComparison,
  type SnapshotEvidence,
  type SnapshotJob,
  type SnapshotJobAccepted,
  type SnapshotListItem,
  type SnapshotSummary,
  type SnapshotVerification,
} from './snapshots.model';

const SNAPSHOTS_URL = '/api/snapshots';

/** Snapshots and their evidence (spec section 7). */
@Injectable({ providedIn: 'root' })
export class SnapshotsService {
  private readonly http = inject(HttpClient);

  /** Newest first. */
  list(): Observable<SnapshotListItem[]> {
    return this.http.get<SnapshotListItem[]>(SNAPSHOTS_URL);
  }

  get(id: string): Observable<Snapshot> {
    return this.http.get<Snapshot>(snapshotUrl(id));
  }

  /** Queues the job that freezes the figures; follow it with `job`. */
  create(request: NewSnapshot): Observable<SnapshotJobAccepted> {
    return this.http.post<SnapshotJobAccepted>(SNAPSHOTS_URL, request);
  }

  job(jobId: string): Observable<SnapshotJob> {
    return this.http.get<SnapshotJob>(`${SNAPSHOTS_URL}/jobs/${encodeURIComponent(jobId)}`);
  }

  /** Refused (403) to the snapshot's creator: four eyes. */
  approve(id: string): Observable<SnapshotSummary> {
    return this.http.post<SnapshotSummary>(`${snapshotUrl(id)}/approve`, {});
  }

  verify(id: string): Observable<SnapshotVerification> {
    return this.http.post<SnapshotVerification>(`${snapshotUrl(id)}/verify`, {});
  }

  /** Differences are b − a. */
  compare(a: string, b: string): Observable<SnapshotComparison> {
    return this.http.get<SnapshotComparison>(`${SNAPSHOTS_URL}/compare`, {
      params: new HttpParams().set('a', a).set('b', b),
    });
  }

  /** Auditors and admins only. */
  evidence(id: string, query: EvidenceQuery): Observable<SnapshotEvidence> {
    return this.http.get<SnapshotEvidence>(`${snapshotUrl(id)}/evidence`, {
      params: new HttpParams()
        .set('value', query.value)
        .set('page', query.page)
        .set('pageSize', query.pageSize),
    });
  }
}

function snapshotUrl(id: string): string {
  return `${SNAPSHOTS_URL}/${encodeURIComponent(id)}`;
}
