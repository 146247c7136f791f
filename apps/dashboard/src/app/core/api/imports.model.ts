import { HttpErrorResponse } from '@angular/common/http';

/** One problem of an imported file: `row` is its line, the header being line 1. */
export interface ImportRowError {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

/** Body of a 422 from an import: nothing was applied. */
export interface ImportRejection {
  readonly code: string;
  readonly message: string;
  /** The first errors of the file (the API lists up to 1,000). */
  readonly errors: readonly ImportRowError[];
  /** How many errors the file has in all. */
  readonly errorCount: number;
}

/** The rejection of a file the API refused row by row, or null for any other failure. */
export function importRejectionOf(error: unknown): ImportRejection | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 422) return null;
  const body = error.error as Partial<ImportRejection> | null;
  if (typeof body !== 'object' || body === null || !Array.isArray(body.errors)) return null;
  return {
    code: typeof body.code === 'string' ? body.code : 'import.invalid_file',
    message: typeof body.message === 'string' ? body.message : '',
    errors: body.errors,
    errorCount: typeof body.errorCount === 'number' ? body.errorCount : body.errors.length,
  };
}

/** The multipart body both imports take: the file in the field `file`. */
export function importForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}
