import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { type NewPrivacyRequest, type PrivacyRequest } from './privacy.model';

const REQUESTS_URL = '/api/admin/privacy/requests';

/** Data subjects' restriction and erasure requests, for admins: the API refuses every other role. */
@Injectable({ providedIn: 'root' })
export class PrivacyService {
  private readonly http = inject(HttpClient);

  /** Newest first; the API records every call in the audit log. */
  list(): Observable<PrivacyRequest[]> {
    return this.http.get<PrivacyRequest[]>(REQUESTS_URL);
  }

  /** 404 when Fita holds nothing about the person named, so that a typo is not recorded as done. */
  record(request: NewPrivacyRequest): Observable<PrivacyRequest> {
    return this.http.post<PrivacyRequest>(REQUESTS_URL, request);
  }

  /** Ends an active restriction; 409 for one already lifted or for an erasure. */
  lift(id: string): Observable<PrivacyRequest> {
    return this.http.post<PrivacyRequest>(`${REQUESTS_URL}/${encodeURIComponent(id)}/lift`, null);
  }
}
