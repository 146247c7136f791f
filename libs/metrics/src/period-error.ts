export type PeriodErrorCode =
  'period.missing' | 'period.malformed' | 'period.invalid-date' | 'period.reversed';

/**
 * A date or period that cannot be used. `parameter` names the input at fault
 * (`from`, `to`, or the name the caller gave), so the API can point at it.
 */
export class PeriodError extends Error {
  constructor(
    readonly code: PeriodErrorCode,
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = 'PeriodError';
  }
}
