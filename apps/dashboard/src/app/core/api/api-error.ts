import { HttpErrorResponse } from '@angular/common/http';
import { CORE_MESSAGES } from '../i18n/core.messages';
import { textOf } from '../i18n/translator';

/**
 * A sentence a person can act on, from any failed API call. The API answers
 * errors with `{ code, message, details }`; its message is preferred.
 */
export function describeApiError(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) return textOf(CORE_MESSAGES, 'error.unknown');
  if (error.status === 0) {
    return textOf(CORE_MESSAGES, 'error.offline');
  }
  return (
    messageFromBody(error.error) ?? textOf(CORE_MESSAGES, 'error.status', { status: error.status })
  );
}

/** When the API gives no Retry-After with a 503, and the most a page waits on its word. */
const DEFAULT_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 30_000;

/**
 * How long to wait before asking again after a failure that will pass by
 * itself (503: the database or queue is busy or restarting), from its
 * Retry-After; null for a failure that asking again will not fix.
 */
export function retryDelayOf(error: unknown): number | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 503) return null;
  const seconds = Number(error.headers.get('Retry-After'));
  if (!Number.isFinite(seconds) || seconds <= 0) return DEFAULT_RETRY_MS;
  return Math.min(seconds * 1_000, LONGEST_RETRY_MS);
}

/** The `message` of an API error body, or null when it has none. */
export function messageFromBody(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('message' in body)) return null;
  const { message } = body;
  if (typeof message === 'string' && message.trim()) return message.trim();
  if (Array.isArray(message) && message.every((part) => typeof part === 'string')) {
    return message.join(' ');
  }
  return null;
}

/**
 * The problems of a 400 `{ details: [{ field, message }] }`, by field, so that
 * a form can show each next to its input. Several problems of one field are
 * joined; problems of the body as a whole are under `(body)`.
 */
export function fieldErrorsOf(error: unknown): Readonly<Record<string, string>> {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400) return {};
  const body: unknown = error.error;
  if (typeof body !== 'object' || body === null || !('details' in body)) return {};
  const { details } = body;
  if (!Array.isArray(details)) return {};
  const byField: Record<string, string> = {};
  for (const detail of details as unknown[]) {
    if (!isFieldProblem(detail)) continue;
    byField[detail.field] = byField[detail.field]
      ? `${byField[detail.field]}; ${detail.message}`
      : detail.message;
  }
  return byField;
}

function isFieldProblem(value: unknown): value is { field: string; message: string } {
  const candidate = value as { field?: unknown; message?: unknown } | null;
  return typeof candidate?.field === 'string' && typeof candidate.message === 'string';
}
