import { type Period } from './period';

/** What the figures were computed from (spec section 9). */
export interface Provenance {
  /** ISO 8601 instant; null while the figures include no statement yet. */
  readonly cutoff: string | null;
  readonly definitionsVersion: string;
  readonly statementCount: number;
  readonly fingerprint: string;
}

/** `GET /api/indicators`: only the keys the dashboard reads so far. */
export interface IndicatorSummary {
  readonly period: Period;
  readonly users: number;
  readonly provenance: Provenance;
}

export type SeriesInterval = 'year';

export interface SeriesPoint extends Period {
  /** The interval's label, e.g. "2020". */
  readonly period: string;
  readonly users: number;
}

/** `GET /api/indicators/series`. */
export interface IndicatorSeries {
  readonly interval: SeriesInterval;
  readonly points: readonly SeriesPoint[];
  readonly provenance: Provenance;
}

/** `GET /api/indicators/freshness`: figures are current when both counts are equal. */
export interface Freshness {
  readonly statementsStored: number;
  readonly statementsProcessed: number;
  /** ISO 8601 instant; null before any statement has been received. */
  readonly asOf: string | null;
}

export function isBehind(freshness: Freshness): boolean {
  return freshness.statementsProcessed < freshness.statementsStored;
}
