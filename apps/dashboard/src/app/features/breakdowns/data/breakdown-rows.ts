import { type Breakdown, type BreakdownDimension } from '../../../core/api/indicator-figures.model';
import { appLocale } from '../../../core/i18n/language';
import { textOf } from '../../../core/i18n/translator';
import { formatName } from '../../../shared/figures/figure-names';
import { shareOf } from '../../../shared/format/figure-format';
import { BREAKDOWNS_MESSAGES } from '../breakdowns.messages';

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
    known.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, appLocale()));
  }
  return [...known, ...rows.filter((row) => row.isUnknown)];
}

// Names for the codes of spec section 5; the registry import accepts no others, but a
// newer API could send one, and it is then shown as written.
const SEX_LABELS: Readonly<Record<string, string>> = {
  woman: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.sex.woman'),
  man: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.sex.man'),
  non_binary: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.sex.non_binary'),
};
const EDUCATION_LABELS: Readonly<Record<string, string>> = {
  'isced0-2': textOf(BREAKDOWNS_MESSAGES, 'breakdowns.education.isced0-2'),
  'isced3-4': textOf(BREAKDOWNS_MESSAGES, 'breakdowns.education.isced3-4'),
  'isced5-8': textOf(BREAKDOWNS_MESSAGES, 'breakdowns.education.isced5-8'),
};
const EMPLOYMENT_LABELS: Readonly<Record<string, string>> = {
  employed: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.employment.employed'),
  self_employed: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.employment.self_employed'),
  unemployed: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.employment.unemployed'),
  inactive: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.employment.inactive'),
  student: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.employment.student'),
};

/** A cell key of the API as people read it; a key not foreseen is shown as written. */
export function cellLabel(dimension: BreakdownDimension, key: string): string {
  if (key === UNKNOWN_CELL) return textOf(BREAKDOWNS_MESSAGES, 'breakdowns.unknown');
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
  if (key === OTHER_AGE_CELL) return textOf(BREAKDOWNS_MESSAGES, 'breakdowns.age.other');
  const under = /^<(\d+)$/.exec(key);
  if (under) return textOf(BREAKDOWNS_MESSAGES, 'breakdowns.age.under', { age: under[1] });
  const over = /^>(\d+)$/.exec(key);
  if (over) return textOf(BREAKDOWNS_MESSAGES, 'breakdowns.age.over', { age: over[1] });
  const andOver = /^(\d+)\+$/.exec(key);
  if (andOver) return textOf(BREAKDOWNS_MESSAGES, 'breakdowns.age.andOver', { age: andOver[1] });
  const range = /^(\d+)-(\d+)$/.exec(key);
  return range ? `${range[1]}–${range[2]}` : key;
}
