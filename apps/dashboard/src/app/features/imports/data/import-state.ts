import { HttpErrorResponse, type HttpEvent, HttpEventType } from '@angular/common/http';
import { type Observable, catchError, filter, map, of } from 'rxjs';
import { describeApiError, messageFromBody } from '../../../core/api/api-error';
import { type ImportRowError, importRejectionOf } from '../../../core/api/imports.model';
import { textOf } from '../../../core/i18n/translator';
import { IMPORTS_MESSAGES } from '../imports.messages';

/** One figure of an applied import, e.g. "Persons created: 12". */
export interface ImportCount {
  readonly label: string;
  readonly value: number;
}

/** Where an import stands, as its card shows it. */
export type ImportState =
  | { readonly status: 'idle' }
  /** `percent` is null when the browser cannot tell the size of the upload. */
  | { readonly status: 'uploading'; readonly percent: number | null }
  /** Uploaded; the server reads, checks and applies the file. */
  | { readonly status: 'checking' }
  | {
      readonly status: 'applied';
      readonly applied: number;
      readonly counts: readonly ImportCount[];
    }
  /** 422: the file has errors and nothing was applied. */
  | {
      readonly status: 'rejected';
      readonly message: string;
      readonly errors: readonly ImportRowError[];
      readonly errorCount: number;
    }
  | { readonly status: 'failed'; readonly message: string };

export const IMPORT_IDLE: ImportState = { status: 'idle' };

/**
 * Turns the events of an upload (`observe: 'events'`, `reportProgress: true`)
 * into the states of its card; never errors.
 */
export function importStates<T extends { readonly applied: number }>(
  events: Observable<HttpEvent<T>>,
  countsOf: (result: T) => readonly ImportCount[],
): Observable<ImportState> {
  return events.pipe(
    map((event) => stateOf(event, countsOf)),
    filter((state): state is ImportState => state !== null),
    catchError((error: unknown) => of(failureOf(error))),
  );
}

function stateOf<T extends { readonly applied: number }>(
  event: HttpEvent<T>,
  countsOf: (result: T) => readonly ImportCount[],
): ImportState | null {
  switch (event.type) {
    case HttpEventType.Sent:
      return { status: 'uploading', percent: 0 };
    case HttpEventType.UploadProgress: {
      if (!event.total) return { status: 'uploading', percent: null };
      if (event.loaded >= event.total) return { status: 'checking' };
      return { status: 'uploading', percent: Math.floor((event.loaded / event.total) * 100) };
    }
    case HttpEventType.ResponseHeader:
    case HttpEventType.DownloadProgress:
      return { status: 'checking' };
    case HttpEventType.Response: {
      const result = event.body;
      if (!result) {
        return { status: 'failed', message: textOf(IMPORTS_MESSAGES, 'imports.noResult') };
      }
      return { status: 'applied', applied: result.applied, counts: countsOf(result) };
    }
    default:
      return null;
  }
}

function failureOf(error: unknown): ImportState {
  const rejection = importRejectionOf(error);
  if (rejection) {
    return {
      status: 'rejected',
      message: rejection.message,
      errors: rejection.errors,
      errorCount: rejection.errorCount,
    };
  }
  if (error instanceof HttpErrorResponse && error.status === 0) {
    // A server refusing a file over its limit may close the connection while the file still goes up.
    return { status: 'failed', message: textOf(IMPORTS_MESSAGES, 'imports.interrupted') };
  }
  if (error instanceof HttpErrorResponse && error.status === 413) {
    return {
      status: 'failed',
      message: messageFromBody(error.error) ?? textOf(IMPORTS_MESSAGES, 'imports.tooLarge'),
    };
  }
  return { status: 'failed', message: describeApiError(error) };
}
