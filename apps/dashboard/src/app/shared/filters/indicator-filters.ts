import {
  FORMAT_FILTERS,
  type FiguresQuery,
  type FormatFilter,
} from '../../core/api/indicator-figures.model';
import { type Period, yearsPeriod } from '../../core/api/period';
import { textOf } from '../../core/i18n/translator';
import { formatName } from '../figures/figure-names';
import { formatCalendarDate } from '../format/locale-format';
import { SHARED_MESSAGES } from '../shared.messages';
import { FILTER_PARAM_KEYS, type FilterParamKey } from './filter-params';

/** The programme's reporting years (README: 2017-2021), each offered as a preset. */
export const FIRST_PRESET_YEAR = 2017;
export const LAST_PRESET_YEAR = 2021;
export const PRESET_YEARS: readonly number[] = Array.from(
  { length: LAST_PRESET_YEAR - FIRST_PRESET_YEAR + 1 },
  (_, index) => FIRST_PRESET_YEAR + index,
);

/**
 * The question every figure page answers. In the URL the keys are the API's
 * own (`from`, `to`, `programme`, `format`, `course`), so a link names the
 * exact question and reproduces the view.
 */
export interface IndicatorFilters extends Period {
  readonly programme: string | null;
  readonly format: FormatFilter | null;
  readonly course: string | null;
}

export const ALL_PRESET_YEARS: Period = yearsPeriod(FIRST_PRESET_YEAR, LAST_PRESET_YEAR);

export const DEFAULT_FILTERS: IndicatorFilters = {
  ...ALL_PRESET_YEARS,
  programme: null,
  format: null,
  course: null,
};

export type PeriodPreset =
  | { readonly kind: 'all' }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'custom' };

/** Which preset a period is, so that the picker shows it rather than two dates. */
export function periodPresetOf(period: Period): PeriodPreset {
  if (period.from === ALL_PRESET_YEARS.from && period.to === ALL_PRESET_YEARS.to) {
    return { kind: 'all' };
  }
  const year = Number(period.from.slice(0, 4));
  const whole = yearsPeriod(year, year);
  if (PRESET_YEARS.includes(year) && whole.from === period.from && whole.to === period.to) {
    return { kind: 'year', year };
  }
  return { kind: 'custom' };
}

/** What the URL asked for, and what of it could not be used (shown, never silently dropped). */
export interface FiltersReading {
  readonly filters: IndicatorFilters;
  readonly problems: readonly string[];
}

interface QueryParamReader {
  get(name: string): string | null;
}

export function readFilters(params: QueryParamReader): FiltersReading {
  const problems: string[] = [];
  const period = readPeriod(params.get('from'), params.get('to'), problems);
  const format = nonEmpty(params.get('format'));
  let formatFilter: FormatFilter | null = null;
  if (isFormatFilter(format)) {
    formatFilter = format;
  } else if (format !== null) {
    problems.push(textOf(SHARED_MESSAGES, 'link.badFormat', { format }));
  }
  return {
    filters: {
      ...period,
      programme: nonEmpty(params.get('programme')),
      format: formatFilter,
      course: nonEmpty(params.get('course')),
    },
    problems,
  };
}

function readPeriod(from: string | null, to: string | null, problems: string[]): Period {
  if (from === null && to === null) return ALL_PRESET_YEARS;
  if (from !== null && to !== null && isCalendarDate(from) && isCalendarDate(to) && from <= to) {
    return { from, to };
  }
  const noDate = textOf(SHARED_MESSAGES, 'link.noDate');
  problems.push(
    textOf(SHARED_MESSAGES, 'link.badPeriod', {
      from: from ?? noDate,
      to: to ?? noDate,
      fallback: describePeriod(ALL_PRESET_YEARS),
    }),
  );
  return ALL_PRESET_YEARS;
}

/**
 * The query parameters of `filters`, unset ones null, so that a navigation
 * that merges them into the URL also removes the filters that were cleared.
 */
export function filterQueryParams(
  filters: IndicatorFilters,
): Readonly<Record<FilterParamKey, string | null>> {
  return {
    from: filters.from,
    to: filters.to,
    programme: filters.programme,
    format: filters.format,
    course: filters.course,
  };
}

/** The API query of the filters; `overrides` replace some (a course page sets its own course). */
export function figuresQueryOf(
  filters: IndicatorFilters,
  overrides: Partial<IndicatorFilters> = {},
): FiguresQuery {
  const merged = { ...filters, ...overrides };
  return {
    from: merged.from,
    to: merged.to,
    ...(merged.programme !== null ? { programme: merged.programme } : {}),
    ...(merged.format !== null ? { format: merged.format } : {}),
    ...(merged.course !== null ? { course: merged.course } : {}),
  };
}

export function sameFilters(a: IndicatorFilters, b: IndicatorFilters): boolean {
  return FILTER_PARAM_KEYS.every((key) => a[key] === b[key]);
}

/** "2017–2021", "2020", or "1 Mar 2020 – 30 Jun 2020" in the interface language's locale. */
export function describePeriod(period: Period): string {
  const preset = periodPresetOf(period);
  if (preset.kind === 'year') return String(preset.year);
  const firstYear = Number(period.from.slice(0, 4));
  const lastYear = Number(period.to.slice(0, 4));
  const wholeYears = yearsPeriod(firstYear, lastYear);
  if (wholeYears.from === period.from && wholeYears.to === period.to) {
    return firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
  }
  return `${formatCalendarDate(period.from)} – ${formatCalendarDate(period.to)}`;
}

/** The whole question in words, for captions: "2020, programme Digital skills, MOOC courses". */
export function describeFilters(
  filters: IndicatorFilters,
  courseName: (id: string) => string = (id) => id,
): string {
  const parts = [describePeriod(filters)];
  if (filters.programme !== null) {
    parts.push(textOf(SHARED_MESSAGES, 'question.programme', { programme: filters.programme }));
  }
  if (filters.format !== null) {
    parts.push(textOf(SHARED_MESSAGES, 'question.format', { format: formatName(filters.format) }));
  }
  if (filters.course !== null) {
    parts.push(textOf(SHARED_MESSAGES, 'question.course', { course: courseName(filters.course) }));
  }
  return parts.join(', ');
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real YYYY-MM-DD day (not 2021-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = CALENDAR_DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function isFormatFilter(value: string | null): value is FormatFilter {
  return value !== null && (FORMAT_FILTERS as readonly string[]).includes(value);
}

function nonEmpty(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}
