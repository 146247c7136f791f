import { type Provenance } from './indicators.model';
import { type Period } from './period';

/** Catalogue formats (spec section 9); `uncatalogued` is the course filter for courses outside it. */
export const COURSE_FORMATS = ['mooc', 'instant', 'masterclass', 'course'] as const;
export const FORMAT_FILTERS = [...COURSE_FORMATS, 'uncatalogued'] as const;
export type FormatFilter = (typeof FORMAT_FILTERS)[number];

/** Narrow the courses a figure counts (spec section 5); absent means every course. */
export interface CourseFilters {
  readonly programme?: string;
  readonly format?: FormatFilter;
  readonly course?: string;
}

/** What every indicator endpoint takes: the period and the course filters. */
export type FiguresQuery = Period & CourseFilters;

export const AGE_SCHEMES = ['esf2014', 'esfplus', 'eurostat', 'custom'] as const;
export type AgeScheme = (typeof AGE_SCHEMES)[number];

/** The age bands of the `ageBand` breakdowns; `bands` ("25-40,41-64") only for `custom`. */
export interface AgeBanding {
  readonly scheme: AgeScheme;
  readonly bands?: string;
}

export const FIGURE_KEYS = ['users', 'enrolments', 'completions'] as const;
/** The figures that have breakdowns and series charts. */
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** The figures of spec section 5 for one period. */
export interface Figures {
  readonly users: number;
  readonly enrolments: number;
  readonly completions: number;
  readonly completers: number;
  /** completions / enrolments, exact; null when there are no enrolments. */
  readonly completionRate: number | null;
  readonly coursesPerPerson: number | null;
  readonly coursesPerCompleter: number | null;
}

/** Cell to count, in the API's display order; always with an `unknown` cell, adding up to the figure. */
export type Breakdown = Readonly<Record<string, number>>;

export const DEMOGRAPHIC_DIMENSIONS = [
  'sex',
  'ageBand',
  'education',
  'employment',
  'residence',
] as const;
export const BREAKDOWN_DIMENSIONS = [...DEMOGRAPHIC_DIMENSIONS, 'format'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

export type DemographicBreakdowns = Readonly<
  Record<(typeof DEMOGRAPHIC_DIMENSIONS)[number], Breakdown>
>;
/** Enrolments and completions are also broken down by the format of their course. */
export type FlowBreakdowns = DemographicBreakdowns & { readonly format: Breakdown };

export interface FiguresProvenance extends Provenance {
  /** The reporting time zone that decides which day a statement belongs to. */
  readonly timeZone: string;
}

/** `GET /api/indicators`. */
export interface IndicatorFigures extends Figures {
  readonly period: Period;
  readonly filters: CourseFilters;
  /** The period shifted back one year: the base of `growth`. */
  readonly previousPeriod: Period;
  /** (X(P) − X(P')) / X(P') of every figure; null when X(P') is 0 or undefined. */
  readonly growth: Readonly<Record<keyof Figures, number | null>>;
  readonly breakdowns: {
    readonly users: DemographicBreakdowns;
    readonly enrolments: FlowBreakdowns;
    readonly completions: FlowBreakdowns;
  };
  readonly ageScheme: AgeScheme;
  readonly provenance: FiguresProvenance;
}

export type FiguresInterval = 'month' | 'year';

export interface FiguresPoint extends Figures {
  /** `2020` or `2020-03`. */
  readonly period: string;
  /** The bucket's dates, clipped to the period asked for. */
  readonly from: string;
  readonly to: string;
}

/** `GET /api/indicators/series`. */
export interface FiguresSeries {
  readonly interval: FiguresInterval;
  readonly period: Period;
  readonly filters: CourseFilters;
  readonly points: readonly FiguresPoint[];
  readonly provenance: FiguresProvenance;
}

export interface CourseFiguresRow {
  readonly courseId: string;
  /** Null for a course outside the catalogue. */
  readonly title: string | null;
  /** A catalogue format, or `uncatalogued`. */
  readonly format: string;
  readonly programme: string | null;
  readonly users: number;
  readonly enrolments: number;
  readonly completions: number;
  readonly completionRate: number | null;
}

/** `GET /api/indicators/courses`. */
export interface CourseFiguresTable {
  readonly period: Period;
  readonly filters: CourseFilters;
  readonly courses: readonly CourseFiguresRow[];
  readonly provenance: FiguresProvenance;
}
