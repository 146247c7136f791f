import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type IndicatorDefinition,
  type NewMoneyFigure,
  type Operation,
  type OperationFields,
  type OperationSummary,
} from './operations.model';

@Injectable({ providedIn: 'root' })
export class OperationsService {
  private readonly http = inject(HttpClient);

  list(): Observable<OperationSummary[]> {
    return this.http.get<OperationSummary[]>('/api/operations');
  }

  get(id: string): Observable<Operation> {
    return this.http.get<Operation>(`/api/operations/${encodeURIComponent(id)}`);
  }

  create(fields: OperationFields): Observable<Operation> {
    return this.http.post<Operation>('/api/operations', fields);
  }

  update(id: string, changes: Partial<OperationFields>): Observable<Operation> {
    return this.http.patch<Operation>(`/api/operations/${encodeURIComponent(id)}`, changes);
  }

  /** Answers the operation with its new current figures. */
  addFigure(id: string, figure: NewMoneyFigure): Observable<Operation> {
    return this.http.post<Operation>(`/api/operations/${encodeURIComponent(id)}/figures`, figure);
  }

  listIndicatorCatalogue(): Observable<IndicatorDefinition[]> {
    return this.http.get<IndicatorDefinition[]>('/api/indicator-catalogue');
  }
}
