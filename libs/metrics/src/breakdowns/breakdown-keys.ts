/**
 * The cell every breakdown has (spec section 5): persons or pairs whose
 * registry entry, or course, says nothing about the breakdown's subject.
 */
export const UNKNOWN_CELL = 'unknown' as const;

/** The breakdowns of spec section 5, in display order, as the API names them. */
export const BREAKDOWN_KEYS = [
  'sex',
  'ageBand',
  'education',
  'employment',
  'residence',
  'format',
] as const;
export type BreakdownKey = (typeof BREAKDOWN_KEYS)[number];

/** Which indicators are broken down, and by what: `format` only for enrolments and completions. */
export const BREAKDOWNS_BY_INDICATOR = Object.freeze({
  users: Object.freeze(['sex', 'ageBand', 'education', 'employment', 'residence'] as const),
  enrolments: BREAKDOWN_KEYS,
  completions: BREAKDOWN_KEYS,
});
export type BrokenDownIndicator = keyof typeof BREAKDOWNS_BY_INDICATOR;
