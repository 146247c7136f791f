import type { RowError } from '@fita/metrics';
import { AppError } from '../../common/app-error.js';

/** More than this many errors are counted but not listed: the file needs fixing anyway. */
export const LISTED_ERRORS = 1_000;

/** The errors of one import, in file order, listing the first LISTED_ERRORS. */
export class RowErrors {
  private readonly listed: RowError[] = [];
  private total = 0;

  add(errors: readonly RowError[]): void {
    this.total += errors.length;
    for (const error of errors) if (this.listed.length < LISTED_ERRORS) this.listed.push(error);
  }

  get count(): number {
    return this.total;
  }

  /** 422 `{ errors }` (spec section 10), with how many there are in all. */
  toError(what: string): AppError {
    const more = this.total > this.listed.length ? ` (the first ${this.listed.length} listed)` : '';
    return new AppError(
      'import.invalid_file',
      `The ${what} has ${this.total} error${this.total === 1 ? '' : 's'}${more}; nothing was applied.`,
      422,
      undefined,
      { errors: this.listed, errorCount: this.total },
    );
  }
}
