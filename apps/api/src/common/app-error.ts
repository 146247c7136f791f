/**
 * An error a client can act on: a stable `code`, a sentence, the HTTP status,
 * and optional details (for example the list of invalid fields). The global
 * filter turns it into `{ code, message, details }`.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: unknown,
    /** Further top-level fields of the body, where a contract asks for them (import `errors`). */
    readonly extra?: Record<string, unknown>,
    /** Response headers that belong to the answer (e.g. `Retry-After` on a 429). */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, message: string, details?: unknown) =>
  new AppError(code, message, 400, details);
export const unauthorized = (code: string, message: string) => new AppError(code, message, 401);
export const forbidden = (code: string, message: string) => new AppError(code, message, 403);
export const notFound = (code: string, message: string) => new AppError(code, message, 404);
/** 429 with `Retry-After`, so that clients (and people) know when to try again. */
export const tooManyRequests = (code: string, message: string, retryAfterSeconds: number) =>
  new AppError(code, message, 429, { retryAfterSeconds }, undefined, {
    'Retry-After': String(retryAfterSeconds),
  });
export const conflict = (code: string, message: string, details?: unknown) =>
  new AppError(code, message, 409, details);
