import { FORMAT_CELLS, UNKNOWN_CELL, standardAgeBanding, DEFAULT_AGE_SCHEME } from '@fita/metrics';
import { parseIsoDateTime } from '@fita/xapi';
import { badRequest } from '../../../common/app-error.js';
import type { CourseFilters, IndicatorQuery } from '../indicator-query.js';
import { ageBandingFromQuery } from './age-banding.query.js';
import { periodFromQuery } from './period.query.js';

const FILTER_FORMATS = FORMAT_CELLS.filter((cell) => cell !== UNKNOWN_CELL);
const QUERY_PARAMETERS = ['ageScheme', 'ageBands', 'programme', 'format', 'course', 'cutoff'];
const FIRST_WITH_YEAR_BEFORE = '0002-01-01';

/**
 * The query of spec section 9 (`from`, `to`, filters, age scheme, cut-off).
 * `extra` names further parameters the endpoint reads itself; any other is
 * refused, since ignoring a filter would answer a different question.
 */
export function indicatorQueryFromQuery(
  query: Record<string, unknown>,
  options: { extra?: string[]; ageBands?: boolean } = {},
): IndicatorQuery {
  const allowed = [
    ...QUERY_PARAMETERS.filter(
      (name) => options.ageBands !== false || !['ageScheme', 'ageBands'].includes(name),
    ),
    ...(options.extra ?? []),
  ];
  const period = periodFromQuery(query, allowed);
  // The indicators answer (the one with age bands) compares with the year
  // before, and there is no year before year 1.
  if (options.ageBands !== false && period.from < FIRST_WITH_YEAR_BEFORE) {
    throw badRequest(
      'indicators.invalid_period',
      `"from" must be ${FIRST_WITH_YEAR_BEFORE} or later: the indicators are compared with the year before.`,
      [{ field: 'from', message: `must be ${FIRST_WITH_YEAR_BEFORE} or later` }],
    );
  }
  const cutoff = cutoffFromQuery(query['cutoff']);
  return {
    period,
    banding:
      options.ageBands === false
        ? standardAgeBanding(DEFAULT_AGE_SCHEME)
        : ageBandingFromQuery(query),
    filters: courseFiltersFromQuery(query),
    ...(cutoff ? { cutoff } : {}),
  };
}

function courseFiltersFromQuery(query: Record<string, unknown>): CourseFilters {
  const filters: CourseFilters = {};
  for (const name of ['programme', 'course'] as const) {
    const value = query[name];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.trim() === '') {
      throw invalid(name, 'must be given once and not be empty');
    }
    filters[name] = value;
  }
  const format = query['format'];
  if (format !== undefined) {
    const known = FILTER_FORMATS.find((cell) => cell === format);
    if (!known) throw invalid('format', `must be one of ${FILTER_FORMATS.join(', ')}`);
    filters.format = known;
  }
  return filters;
}

/** An ISO 8601 instant with a zone (`Z` or an offset): a cut-off without one is ambiguous. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function cutoffFromQuery(value: unknown): Date | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !INSTANT.test(value)) {
    throw invalid(
      'cutoff',
      'must be an ISO 8601 instant with a zone, such as 2021-12-31T23:00:00Z',
    );
  }
  // Date reads 30 February as 2 March and 24:00 as the next day: the fields must exist.
  const instant = new Date(value);
  if (parseIsoDateTime(value) === null || Number.isNaN(instant.getTime())) {
    throw invalid('cutoff', 'is not a real instant');
  }
  return instant;
}

function invalid(field: string, message: string) {
  return badRequest('indicators.invalid_parameter', `"${field}" ${message}.`, [{ field, message }]);
}
