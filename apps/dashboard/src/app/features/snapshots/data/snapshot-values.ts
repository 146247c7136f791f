import { appLocale } from '../../../core/i18n/language';
import { formatGrowth, formatRate } from '../../../shared/format/figure-format';
import { formatCount } from '../../../shared/format/locale-format';
import { type SnapshotsTextKey, snapshotsText } from '../snapshots.messages';

// A value of a snapshot is named by its path in the frozen answer, as the API
// names it in comparisons, verifications and evidence: `users`,
// `completionRate`, `growth.users`, `breakdowns.users.sex.woman`...

/** The figures made of persons or person-course pairs: the ones evidence can list. */
export const COUNTED_FIGURES = ['users', 'enrolments', 'completions', 'completers'] as const;
export const RATIO_FIGURES = ['completionRate', 'coursesPerPerson', 'coursesPerCompleter'] as const;
export type SnapshotFigure = (typeof COUNTED_FIGURES)[number] | (typeof RATIO_FIGURES)[number];

const FIGURE_TEXTS: Readonly<Record<SnapshotFigure, SnapshotsTextKey>> = {
  users: 'snapshots.figure.users',
  enrolments: 'snapshots.figure.enrolments',
  completions: 'snapshots.figure.completions',
  completers: 'snapshots.figure.completers',
  completionRate: 'snapshots.figure.completionRate',
  coursesPerPerson: 'snapshots.figure.coursesPerPerson',
  coursesPerCompleter: 'snapshots.figure.coursesPerCompleter',
};

const DIMENSION_TEXTS: Readonly<Record<string, SnapshotsTextKey>> = {
  sex: 'snapshots.dimension.sex',
  ageBand: 'snapshots.dimension.ageBand',
  education: 'snapshots.dimension.education',
  employment: 'snapshots.dimension.employment',
  residence: 'snapshots.dimension.residence',
  format: 'snapshots.dimension.format',
};

/** Cells whose key the API fixes (spec section 5); ages and places are read as written. */
const CELL_TEXTS: Readonly<Record<string, Readonly<Record<string, SnapshotsTextKey>>>> = {
  sex: {
    woman: 'snapshots.cell.woman',
    man: 'snapshots.cell.man',
    non_binary: 'snapshots.cell.nonBinary',
  },
  education: {
    'isced0-2': 'snapshots.cell.isced02',
    'isced3-4': 'snapshots.cell.isced34',
    'isced5-8': 'snapshots.cell.isced58',
  },
  employment: {
    employed: 'snapshots.cell.employed',
    self_employed: 'snapshots.cell.selfEmployed',
    unemployed: 'snapshots.cell.unemployed',
    inactive: 'snapshots.cell.inactive',
    student: 'snapshots.cell.student',
  },
  format: {
    mooc: 'snapshots.cell.mooc',
    instant: 'snapshots.cell.instant',
    masterclass: 'snapshots.cell.masterclass',
    course: 'snapshots.cell.course',
    uncatalogued: 'snapshots.cell.uncatalogued',
  },
};

export function isSnapshotFigure(name: string): name is SnapshotFigure {
  return Object.hasOwn(FIGURE_TEXTS, name);
}

export function figureLabel(name: string): string {
  return isSnapshotFigure(name) ? snapshotsText(FIGURE_TEXTS[name]) : name;
}

export function dimensionLabel(dimension: string): string {
  const key = DIMENSION_TEXTS[dimension];
  return key ? snapshotsText(key) : dimension;
}

/** A cell key as people read it; a key not foreseen is shown as the API wrote it. */
export function cellLabel(dimension: string, cell: string): string {
  if (cell === 'unknown') return snapshotsText('snapshots.cell.unknown');
  if (dimension === 'ageBand') return ageBandLabel(cell);
  const key = CELL_TEXTS[dimension]?.[cell];
  return key ? snapshotsText(key) : cell;
}

/** `<25` is "Under 25", `>54` "Over 54", `55+` "55 and over", `25-54` "25–54". */
function ageBandLabel(cell: string): string {
  if (cell === 'other') return snapshotsText('snapshots.cell.otherAge');
  const under = /^<(\d+)$/.exec(cell);
  if (under) return snapshotsText('snapshots.cell.under', { n: under[1] ?? '' });
  const over = /^>(\d+)$/.exec(cell);
  if (over) return snapshotsText('snapshots.cell.over', { n: over[1] ?? '' });
  const andOver = /^(\d+)\+$/.exec(cell);
  if (andOver) return snapshotsText('snapshots.cell.andOver', { n: andOver[1] ?? '' });
  const range = /^(\d+)-(\d+)$/.exec(cell);
  return range ? `${range[1]}–${range[2]}` : cell;
}

/** The path of a breakdown cell; the cell may hold dots, as a residence can. */
export function cellPath(figure: string, dimension: string, cell: string): string {
  return `breakdowns.${figure}.${dimension}.${cell}`;
}

/** "Users · Sex · Women", "Change of Users on a year before"; an unforeseen path as written. */
export function valueLabel(path: string): string {
  const [head = '', ...rest] = path.split('.');
  if (rest.length === 0) return figureLabel(head);
  if (head === 'growth' && rest.length === 1) {
    return snapshotsText('snapshots.value.growth', { figure: figureLabel(rest[0] ?? '') });
  }
  if (head === 'breakdowns' && rest.length >= 3) {
    const [figure = '', dimension = '', ...cell] = rest;
    return [
      figureLabel(figure),
      dimensionLabel(dimension),
      cellLabel(dimension, cell.join('.')),
    ].join(' · ');
  }
  return path;
}

/** A value the evidence can list persons for: a counted figure or one of its breakdown cells. */
export function isCountedValue(path: string): boolean {
  return (COUNTED_FIGURES as readonly string[]).includes(path) || path.startsWith('breakdowns.');
}

type ValueKind = 'count' | 'rate' | 'growth' | 'average';

function kindOf(path: string): ValueKind {
  if (path.startsWith('growth.')) return 'growth';
  if (path === 'completionRate') return 'rate';
  if (path === 'coursesPerPerson' || path === 'coursesPerCompleter') return 'average';
  return 'count';
}

const averageFormat = new Intl.NumberFormat(appLocale(), { maximumFractionDigits: 2 });
const signedCountFormat = new Intl.NumberFormat(appLocale(), {
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});
const signedAverageFormat = new Intl.NumberFormat(appLocale(), {
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
});
const signedPointsFormat = new Intl.NumberFormat(appLocale(), {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** A change in a count, signed: +5, −3, 0. */
export function formatSignedCount(difference: number): string {
  return signedCountFormat.format(difference);
}

/** A value as its kind reads: counts grouped, rates and growth as percentages; null as "none". */
export function formatValue(path: string, value: number | null): string {
  if (value === null) return snapshotsText('snapshots.value.none');
  switch (kindOf(path)) {
    case 'count':
      return formatCount(value);
    case 'rate':
      return formatRate(value);
    case 'growth':
      return formatGrowth(value);
    case 'average':
      return averageFormat.format(value);
  }
}

/**
 * A difference between two values, signed. Percentages differ by percentage
 * points, which a second percentage would misstate (30 % to 33 % is +3.0 points,
 * not +10 %).
 */
export function formatDifference(path: string, difference: number | null): string {
  if (difference === null) return snapshotsText('snapshots.value.none');
  switch (kindOf(path)) {
    case 'count':
      return formatSignedCount(difference);
    case 'rate':
    case 'growth':
      return snapshotsText('snapshots.value.points', {
        n: signedPointsFormat.format(difference * 100),
      });
    case 'average':
      return signedAverageFormat.format(difference);
  }
}
