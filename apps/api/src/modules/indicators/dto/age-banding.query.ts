import { BreakdownError, parseAgeBanding, type AgeBanding } from '@fita/metrics';
import { badRequest } from '../../../common/app-error.js';

/** `ageScheme` and `ageBands` (spec section 9); a bad value is a 400 naming the parameter. */
export function ageBandingFromQuery(query: Record<string, unknown>): AgeBanding {
  try {
    return parseAgeBanding(query['ageScheme'], query['ageBands']);
  } catch (error) {
    if (error instanceof BreakdownError) {
      throw badRequest('indicators.invalid_age_bands', error.message, [
        { field: error.parameter, message: error.message },
      ]);
    }
    throw error;
  }
}
