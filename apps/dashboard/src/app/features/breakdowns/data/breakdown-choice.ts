import {
  AGE_SCHEMES,
  type AgeBanding,
  type BreakdownDimension,
  FIGURE_KEYS,
  type FigureKey,
} from '../../../core/api/indicator-figures.model';
import { DIMENSION_NAMES } from './dimension-names';

export interface BreakdownTab {
  readonly id: BreakdownDimension;
  readonly label: string;
}

function tabOf(id: BreakdownDimension): BreakdownTab {
  return { id, label: DIMENSION_NAMES[id].label };
}

const DEMOGRAPHIC_TABS: readonly BreakdownTab[] = (
  ['sex', 'ageBand', 'education', 'employment', 'residence'] as const
).map(tabOf);

/** Enrolments and completions are of a course, so they also break down by its format. */
export function breakdownTabs(figure: FigureKey): readonly BreakdownTab[] {
  return figure === 'users' ? DEMOGRAPHIC_TABS : [...DEMOGRAPHIC_TABS, tabOf('format')];
}

/** Which figure, which breakdown and which age bands the page shows. */
export interface BreakdownChoice {
  readonly figure: FigureKey;
  readonly dimension: BreakdownDimension;
  readonly banding: AgeBanding;
}

interface QueryParamReader {
  get(name: string): string | null;
}

/**
 * `figure`, `by`, and the API's own `ageScheme` and `ageBands` from the URL.
 * A breakdown the figure lacks (users by format) falls back to sex; custom
 * bands are passed on as written, for the API to judge and explain.
 */
export function readBreakdownChoice(params: QueryParamReader): BreakdownChoice {
  const figure = FIGURE_KEYS.find((key) => key === params.get('figure')) ?? 'users';
  const dimension = breakdownTabs(figure).find((tab) => tab.id === params.get('by'))?.id ?? 'sex';
  const scheme = AGE_SCHEMES.find((id) => id === params.get('ageScheme')) ?? 'esf2014';
  const banding: AgeBanding =
    scheme === 'custom' ? { scheme, bands: params.get('ageBands') ?? '' } : { scheme };
  return { figure, dimension, banding };
}

export function sameBanding(a: AgeBanding, b: AgeBanding): boolean {
  return a.scheme === b.scheme && (a.bands ?? '') === (b.bands ?? '');
}

/** The query parameters of a banding; null removes `ageBands` from the URL. */
export function bandingParams(banding: AgeBanding): Record<string, string | null> {
  return {
    ageScheme: banding.scheme,
    ageBands: banding.scheme === 'custom' ? (banding.bands ?? '') : null,
  };
}
