import { type Breakdown, type BreakdownDimension } from '../../../core/api/indicator-figures.model';
import { formatName } from '../../../shared/figures/figure-names';
import { shareOf } from '../../../shared/format/figure-format';

/** The cell every breakdown has for what the registry does not say (spec section 5). */
export const UNKNOWN_CELL = 'unknown';
/** Ages a custom scheme's bands leave out. */
export const OTHER_AGE_CELL = 'other';

export interface BreakdownRow {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  /** Of the figure's total; null when the total is 0. */
  readonly share: number | null;
  readonly isUnknown: boolean;
}

/**
 * The cells of one breakdown as rows, in the API's order (the scheme's own),
 * except residence: places are many, so the largest come first. `unknown` is
 * always last.
 */
export function breakdownRows(breakdown: Breakdown, dimension: BreakdownDimension): BreakdownRow[] {
  const entries = Object.entries(breakdown);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  const rows = entries.map(([key, count]) => ({
    key,
    label: cellLabel(dimension, key),
    count,
    share: shareOf(count, total),
    isUnknown: key === UNKNOWN_CELL,
  }));
  const known = rows.filter((row) => !row.isUnknown);
  if (dimension === 'residence') {
    known.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }
  return [...known, ...rows.filter((row) => row.isUnknown)];
}

const SEX_LABELS: Readonly<Record<string, string>> = {
  woman: 'Women',
  man: 'Men',
  non_binary: 'Non-binary',
};
const EDUCATION_LABELS: Readonly<Record<string, string>> = {
  'isced0-2': 'ISCED 0–2: lower secondary or less',
  'isced3-4': 'ISCED 3–4: upper and post-secondary',
  'isced5-8': 'ISCED 5–8: tertiary',
};
const EMPLOYMENT_LABELS: Readonly<Record<string, string>> = {
  employed: 'Employed',
  self_employed: 'Self-employed',
  unemployed: 'Unemployed',
  inactive: 'Inactive',
  student: 'Student',
};

/** A cell key of the API as people read it; a key not foreseen is shown as written. */
export function cellLabel(dimension: BreakdownDimension, key: string): string {
  if (key === UNKNOWN_CELL) return 'Unknown';
  switch (dimension) {
    case 'sex':
      return SEX_LABELS[key] ?? key;
    case 'ageBand':
      return ageBandLabel(key);
    case 'education':
      return EDUCATION_LABELS[key] ?? key;
    case 'employment':
      return EMPLOYMENT_LABELS[key] ?? key;
    case 'format':
      return formatName(key);
    case 'residence':
      return key;
  }
}

/** `<25` is "Under 25", `>54` "Over 54", `55+` "55 and over", `25-54` "25–54". */
function ageBandLabel(key: string): string {
  if (key === OTHER_AGE_CELL) return 'Outside the bands';
  const under = /^<(\d+)$/.exec(key);
  if (under) return `Under ${under[1]}`;
  const over = /^>(\d+)$/.exec(key);
  if (over) return `Over ${over[1]}`;
  const andOver = /^(\d+)\+$/.exec(key);
  if (andOver) return `${andOver[1]} and over`;
  const range = /^(\d+)-(\d+)$/.exec(key);
  return range ? `${range[1]}–${range[2]}` : key;
}

/** Why a person falls in `unknown`, for the note that shows its share. */
export const UNKNOWN_MEANS: Readonly<Record<BreakdownDimension, string>> = {
  sex: 'not in the learner registry, or no sex recorded',
  ageBand: 'not in the learner registry, or no birth year recorded',
  education: 'not in the learner registry, or no education level recorded',
  employment: 'not in the learner registry, or no employment status recorded',
  residence: 'not in the learner registry, or no municipality recorded',
  format: 'not attributed to any course',
};
