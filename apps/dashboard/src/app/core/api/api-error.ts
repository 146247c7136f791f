import { HttpErrorResponse } from '@angular/common/http';

/**
 * A sentence a person can act on, from any failed API call. The API answers
 * errors with `{ code, message, details }`; its message is preferred.
 */
export function describeApiError(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) return 'Something went wrong. Please try again.';
  if (error.status === 0) {
    return 'The server cannot be reached. Check your connection and try again.';
  }
  return (
    messageFromBody(error.error) ?? `The server answered with an error (HTTP ${error.status}).`
  );
}

function messageFromBody(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('message' in body)) return null;
  const { message } = body;
  if (typeof message === 'string' && message.trim()) return message.trim();
  if (Array.isArray(message) && message.every((part) => typeof part === 'string')) {
    return message.join(' ');
  }
  return null;
}
