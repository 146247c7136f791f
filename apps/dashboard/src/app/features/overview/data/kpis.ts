import { type IndicatorFigures } from '../../../core/api/indicator-figures.model';
import { shareOf } from '../../../shared/format/figure-format';
import { samePeriod } from './overview-period';

export const KPI_KEYS = [
  'users',
  'enrolments',
  'completions',
  'completionRate',
  'coursesPerPerson',
  'womenShare',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** How a value reads: a whole count, a percentage, or courses per person with 2 decimals. */
export type KpiFormat = 'count' | 'percentage' | 'perPerson';

export interface Kpi {
  readonly key: KpiKey;
  readonly format: KpiFormat;
  /** Null when undefined: a ratio whose denominator is 0. */
  readonly value: number | null;
  /** (X(P) − X(P')) / X(P'), null when undefined. */
  readonly growth: number | null;
}

/**
 * The figures of the period P and of P' (P a year earlier). The API gives the
 * growth of every figure but not of the share of women, so P' is asked too.
 */
export interface KpiFigures {
  readonly current: IndicatorFigures;
  readonly previous: IndicatorFigures;
}

/** The six key figures of the overview, in the order the cards show them. */
export function kpisOf({ current, previous }: KpiFigures): Kpi[] {
  const { growth } = current;
  return [
    { key: 'users', format: 'count', value: current.users, growth: growth.users },
    { key: 'enrolments', format: 'count', value: current.enrolments, growth: growth.enrolments },
    { key: 'completions', format: 'count', value: current.completions, growth: growth.completions },
    {
      key: 'completionRate',
      format: 'percentage',
      value: current.completionRate,
      growth: growth.completionRate,
    },
    {
      key: 'coursesPerPerson',
      format: 'perPerson',
      value: current.coursesPerPerson,
      growth: growth.coursesPerPerson,
    },
    {
      key: 'womenShare',
      format: 'percentage',
      value: womenShare(current),
      growth: womenShareGrowth(current, previous),
    },
  ];
}

/** Women / users: the base is every user, those of unknown sex included. */
export function womenShare(figures: IndicatorFigures): number | null {
  return shareOf(sexCount(figures, 'woman'), figures.users);
}

/** What the share of women is taken over, to say so next to it. */
export function womenShareBase(figures: IndicatorFigures): { users: number; unknown: number } {
  return { users: figures.users, unknown: sexCount(figures, 'unknown') };
}

/** The API's growth formula (spec section 5), so that every card's change means the same. */
export function growthOf(now: number | null, before: number | null): number | null {
  if (now === null || before === null || before === 0) return null;
  return (now - before) / before;
}

/** True when nothing at all was counted in the period. */
export function nothingCounted(figures: IndicatorFigures): boolean {
  return figures.users === 0 && figures.enrolments === 0 && figures.completions === 0;
}

function womenShareGrowth(current: IndicatorFigures, previous: IndicatorFigures): number | null {
  // Any base but P' would compare this share with another period than the other cards do.
  if (!samePeriod(previous.period, current.previousPeriod)) return null;
  return growthOf(womenShare(current), womenShare(previous));
}

function sexCount(figures: IndicatorFigures, cell: string): number {
  return figures.breakdowns.users.sex[cell] ?? 0;
}
