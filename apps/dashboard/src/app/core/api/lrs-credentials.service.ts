import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type CreatedLrsCredential,
  type LrsCredential,
  type NewLrsCredential,
} from './lrs-credentials.model';

const CREDENTIALS_URL = '/api/admin/lrs-credentials';

/** The key/secret pairs xAPI clients use with HTTP Basic; for admins only. */
@Injectable({ providedIn: 'root' })
export class LrsCredentialsService {
  private readonly http = inject(HttpClient);

  /** Revoked ones too, oldest first. */
  list(): Observable<LrsCredential[]> {
    return this.http.get<LrsCredential[]>(CREDENTIALS_URL);
  }

  create(credential: NewLrsCredential): Observable<CreatedLrsCredential> {
    return this.http.post<CreatedLrsCredential>(CREDENTIALS_URL, credential);
  }

  /** Answers the credential as revoked; 404 when no active one has that key. */
  revoke(key: string): Observable<LrsCredential> {
    return this.http.delete<LrsCredential>(`${CREDENTIALS_URL}/${encodeURIComponent(key)}`);
  }
}
