import { PeriodError, parsePeriod, type Period } from '@fita/metrics';
import { badRequest } from '../../../common/app-error.js';

/**
 * Reads `from`/`to` and refuses parameters this version does not support:
 * silently ignoring a filter would return a figure for something else.
 */
export function periodFromQuery(query: Record<string, unknown>, allowed: string[] = []): Period {
  const unknown = Object.keys(query).filter((key) => !['from', 'to', ...allowed].includes(key));
  if (unknown.length > 0) {
    throw badRequest(
      'indicators.unsupported_parameter',
      `Unsupported query parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`,
      unknown.map((field) => ({ field, message: 'is not supported by this endpoint' })),
    );
  }
  try {
    return parsePeriod(query['from'], query['to']);
  } catch (error) {
    if (error instanceof PeriodError) {
      throw badRequest('indicators.invalid_period', error.message, [
        { field: error.parameter, message: error.message },
      ]);
    }
    throw error;
  }
}
