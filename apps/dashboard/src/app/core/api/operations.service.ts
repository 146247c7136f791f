import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type FundingIndicators,
  type IndicatorDefinition,
  type IndicatorDefinitionChanges,
  type IndicatorTargets,
  type ManualValue,
  type MoneyIndicators,
  type NewManualValue,
  type NewMoneyFigure,
  type Operation,
  type OperationFields,
  type OperationIndicator,
  type OperationSummary,
} from './operations.model';

@Injectable({ providedIn: 'root' })
export class OperationsService {
  private readonly http = inject(HttpClient);

  list(): Observable<OperationSummary[]> {
    return this.http.get<OperationSummary[]>('/api/operations');
  }

  get(id: string): Observable<Operation> {
    return this.http.get<Operation>(operationUrl(id));
  }

  create(fields: OperationFields): Observable<Operation> {
    return this.http.post<Operation>('/api/operations', fields);
  }

  update(id: string, changes: Partial<OperationFields>): Observable<Operation> {
    return this.http.patch<Operation>(operationUrl(id), changes);
  }

  /** Each linked indicator per reporting year, in total and by sex, with % of target and milestone. */
  fundingIndicators(id: string): Observable<FundingIndicators> {
    return this.http.get<FundingIndicators>(`${operationUrl(id)}/indicators`);
  }

  /** Cost per user, enrolment and completion over the operation's period, and the co-financing check. */
  moneyIndicators(id: string): Observable<MoneyIndicators> {
    return this.http.get<MoneyIndicators>(`${operationUrl(id)}/money`);
  }

  /** Answers the operation with its new current figures. */
  addFigure(id: string, figure: NewMoneyFigure): Observable<Operation> {
    return this.http.post<Operation>(`${operationUrl(id)}/figures`, figure);
  }

  /** Links a catalogue indicator to the operation, or replaces its baseline, milestone and target. */
  saveIndicator(
    id: string,
    code: string,
    targets: IndicatorTargets,
  ): Observable<OperationIndicator> {
    return this.http.put<OperationIndicator>(linkUrl(id, code), targets);
  }

  /** The values entered by hand for a `manual` indicator of the operation, oldest first. */
  listManualValues(id: string, code: string): Observable<ManualValue[]> {
    return this.http.get<ManualValue[]>(`${linkUrl(id, code)}/values`);
  }

  addManualValue(id: string, code: string, value: NewManualValue): Observable<ManualValue> {
    return this.http.post<ManualValue>(`${linkUrl(id, code)}/values`, value);
  }

  listIndicatorCatalogue(): Observable<IndicatorDefinition[]> {
    return this.http.get<IndicatorDefinition[]>('/api/indicator-catalogue');
  }

  createIndicator(definition: IndicatorDefinition): Observable<IndicatorDefinition> {
    return this.http.post<IndicatorDefinition>('/api/indicator-catalogue', definition);
  }

  /** Any field but the code, which never changes. */
  updateIndicator(
    code: string,
    changes: IndicatorDefinitionChanges,
  ): Observable<IndicatorDefinition> {
    return this.http.patch<IndicatorDefinition>(
      `/api/indicator-catalogue/${encodeURIComponent(code)}`,
      changes,
    );
  }
}

function operationUrl(id: string): string {
  return `/api/operations/${encodeURIComponent(id)}`;
}

function linkUrl(id: string, code: string): string {
  return `${operationUrl(id)}/indicators/${encodeURIComponent(code)}`;
}
