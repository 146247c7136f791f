import type { AgeBanding, Period, SeriesInterval } from '@fita/metrics';
import type { DemographicBreakdowns, FlowBreakdowns } from './breakdowns.js';
import type { CourseFilters } from './indicator-query.js';
import type { Totals } from './indicators.repository.js';

/** What the indicator API answers (spec section 9). */
export interface ProvenanceView {
  /** The instant the figures describe: the query's cut-off, or how far the facts reach. */
  cutoff: string | null;
  definitionsVersion: string;
  timeZone: string;
  statementCount: number;
  fingerprint: string;
}

/** The figures of spec section 5 for one period. */
export interface Figures extends Totals {
  /** completions / enrolments of the period: a ratio of flows, null when there are no enrolments. */
  completionRate: number | null;
  coursesPerPerson: number | null;
  coursesPerCompleter: number | null;
}

export interface IndicatorsView extends Figures {
  period: Period;
  filters: CourseFilters;
  /** P shifted back one year, the base of `growth`. */
  previousPeriod: Period;
  /** (X(P) − X(P')) / X(P') for every figure; null when X(P') is 0 or undefined. */
  growth: Record<keyof Figures, number | null>;
  /** Spec section 5: every breakdown has an `unknown` cell and adds up to its figure. */
  breakdowns: {
    users: DemographicBreakdowns;
    enrolments: FlowBreakdowns;
    completions: FlowBreakdowns;
  };
  /** The age scheme the `ageBand` breakdowns use. */
  ageScheme: AgeBanding['scheme'];
  provenance: ProvenanceView;
}

export interface SeriesPoint extends Figures {
  /** `2021` or `2021-03`. */
  period: string;
  from: string;
  to: string;
}

export interface SeriesView {
  interval: SeriesInterval;
  period: Period;
  filters: CourseFilters;
  points: SeriesPoint[];
  provenance: ProvenanceView;
}

export interface CourseRow {
  courseId: string;
  title: string | null;
  format: string;
  programme: string | null;
  users: number;
  enrolments: number;
  completions: number;
  completionRate: number | null;
}

export interface CourseTableView {
  period: Period;
  filters: CourseFilters;
  courses: CourseRow[];
  provenance: ProvenanceView;
}

export interface FreshnessView {
  statementsStored: number;
  statementsProcessed: number;
  asOf: string | null;
}
