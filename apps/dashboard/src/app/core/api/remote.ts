import { type Observable, catchError, map, of, startWith } from 'rxjs';
import { describeApiError } from './api-error';

/**
 * Data fetched from the API, as the templates see it. While reloading, `value`
 * may keep the previous figures so that they do not flicker away.
 */
export interface Remote<T> {
  readonly status: 'loading' | 'ready' | 'error';
  readonly value: T | null;
  readonly error: string | null;
}

export function remoteLoading<T>(kept: T | null = null): Remote<T> {
  return { status: 'loading', value: kept, error: null };
}

/** Turns a request into its states: loading (keeping `kept`), then ready or error. */
export function fetchRemote<T>(
  request: Observable<T>,
  kept: T | null = null,
): Observable<Remote<T>> {
  return request.pipe(
    map((value): Remote<T> => ({ status: 'ready', value, error: null })),
    catchError((error: unknown) =>
      of<Remote<T>>({ status: 'error', value: null, error: describeApiError(error) }),
    ),
    startWith(remoteLoading(kept)),
  );
}
