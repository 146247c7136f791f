import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { type AuditFilters, type AuditPage } from './audit.model';

const AUDIT_URL = '/api/admin/audit';

/** The audit log, for admins: the API refuses every other role. */
@Injectable({ providedIn: 'root' })
export class AuditService {
  private readonly http = inject(HttpClient);

  /** One page of the events the filters match, newest first. */
  page(filters: AuditFilters, page: number, pageSize: number): Observable<AuditPage> {
    let params = new HttpParams().set('page', page).set('pageSize', pageSize);
    for (const name of ['from', 'to', 'action', 'user'] as const) {
      const value = filters[name].trim();
      if (value !== '') params = params.set(name, value);
    }
    return this.http.get<AuditPage>(AUDIT_URL, { params });
  }
}
