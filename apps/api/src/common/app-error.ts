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
export const conflict = (code: string, message: string, details?: unknown) =>
  new AppError(code, message, 409, details);
