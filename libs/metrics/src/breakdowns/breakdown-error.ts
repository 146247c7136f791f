export type BreakdownErrorCode =
  | 'breakdown.age-scheme-unknown'
  | 'breakdown.age-bands-missing'
  | 'breakdown.age-bands-unexpected'
  | 'breakdown.age-bands-malformed'
  | 'breakdown.age-bands-empty'
  | 'breakdown.age-bands-too-many'
  | 'breakdown.age-band-malformed'
  | 'breakdown.age-band-out-of-range'
  | 'breakdown.age-band-reversed'
  | 'breakdown.age-bands-overlap';

/**
 * A breakdown request that cannot be honoured (the API answers 400).
 * `parameter` names the query parameter at fault (`ageScheme` or `ageBands`);
 * `band` is the band as the caller wrote it when one band is at fault (the
 * later one of two overlapping bands), so the details can point at it. Codes
 * in `age-band-` concern one band, codes in `age-bands-` the whole value.
 */
export class BreakdownError extends Error {
  constructor(
    readonly code: BreakdownErrorCode,
    readonly parameter: 'ageScheme' | 'ageBands',
    message: string,
    readonly band: string | null = null,
  ) {
    super(message);
    this.name = 'BreakdownError';
  }
}
