import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type PublicationOptions,
  type PublicationView,
  type PublishableSnapshot,
} from './publication.model';

@Injectable({ providedIn: 'root' })
export class PublicationService {
  private readonly http = inject(HttpClient);

  /** Approved snapshots that nothing supersedes, newest first: every role may list them. */
  publishable(): Observable<PublishableSnapshot[]> {
    return this.http.get<PublishableSnapshot[]>('/api/snapshots/published');
  }

  /** The snapshot with disclosure control applied; communications may open approved ones only. */
  publication(id: string, options: PublicationOptions): Observable<PublicationView> {
    const params: Record<string, string> = { lang: options.language };
    if (options.k !== undefined) params['k'] = String(options.k);
    return this.http.get<PublicationView>(`/api/snapshots/${encodeURIComponent(id)}/publication`, {
      params,
    });
  }
}
