import { type Course } from '../app/core/api/courses.model';
import {
  type CourseFiguresRow,
  type CourseFiguresTable,
  type Figures,
  type FiguresPoint,
  type FiguresProvenance,
  type FiguresSeries,
  type IndicatorFigures,
} from '../app/core/api/indicator-figures.model';
import { type Period } from '../app/core/api/period';

export const FIGURES_PROVENANCE: FiguresProvenance = {
  cutoff: '2024-06-15T08:00:00.000Z',
  definitionsVersion: '1',
  timeZone: 'Europe/Madrid',
  statementCount: 48_210,
  fingerprint: 'ab'.repeat(32),
};

type Counts = Partial<Pick<Figures, 'users' | 'enrolments' | 'completions' | 'completers'>>;

/** Figures with their ratios worked out as the API does (null over 0). */
export function someFigures(counts: Counts = {}): Figures {
  const { users = 0, enrolments = 0, completions = 0, completers = 0 } = counts;
  return {
    users,
    enrolments,
    completions,
    completers,
    completionRate: enrolments === 0 ? null : completions / enrolments,
    coursesPerPerson: users === 0 ? null : completions / users,
    coursesPerCompleter: completers === 0 ? null : completions / completers,
  };
}

function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${day}`;
}

/** Every month of the whole years `firstYear` to `lastYear`; counts by "YYYY-MM", 0 elsewhere. */
export function aMonthlySeries(
  firstYear: number,
  lastYear: number,
  counts: Record<string, Counts> = {},
): FiguresSeries {
  const points: FiguresPoint[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (let month = 1; month <= 12; month++) {
      const label = `${year}-${String(month).padStart(2, '0')}`;
      points.push({
        period: label,
        from: `${label}-01`,
        to: lastDay(year, month),
        ...someFigures(counts[label]),
      });
    }
  }
  return {
    interval: 'month',
    period: { from: `${firstYear}-01-01`, to: `${lastYear}-12-31` },
    filters: {},
    points,
    provenance: FIGURES_PROVENANCE,
  };
}

/** One point per year of `period`, clipped to it as the API clips them; counts by year. */
export function aYearlySeries(period: Period, counts: Record<number, Counts> = {}): FiguresSeries {
  const points: FiguresPoint[] = [];
  const lastYear = Number(period.to.slice(0, 4));
  for (let year = Number(period.from.slice(0, 4)); year <= lastYear; year++) {
    const from = `${year}-01-01` < period.from ? period.from : `${year}-01-01`;
    const to = `${year}-12-31` > period.to ? period.to : `${year}-12-31`;
    points.push({ period: String(year), from, to, ...someFigures(counts[year]) });
  }
  return { interval: 'year', period, filters: {}, points, provenance: FIGURES_PROVENANCE };
}

/** `GET /api/indicators` for a period; breakdowns default to everything unknown. */
export function someIndicatorFigures(
  period: Period,
  counts: Counts = {},
  overrides: Partial<IndicatorFigures> = {},
): IndicatorFigures {
  const figures = someFigures(counts);
  const unknown = (total: number) => ({
    sex: { woman: 0, man: 0, non_binary: 0, unknown: total },
    ageBand: { '<25': 0, '25-54': 0, '>54': 0, unknown: total },
    education: { 'isced0-2': 0, 'isced3-4': 0, 'isced5-8': 0, unknown: total },
    employment: {
      employed: 0,
      self_employed: 0,
      unemployed: 0,
      inactive: 0,
      student: 0,
      unknown: total,
    },
    residence: { unknown: total },
  });
  const format = (total: number) => ({
    mooc: 0,
    instant: 0,
    masterclass: 0,
    course: 0,
    uncatalogued: 0,
    unknown: total,
  });
  return {
    period,
    filters: {},
    ...figures,
    previousPeriod: {
      from: `${Number(period.from.slice(0, 4)) - 1}${period.from.slice(4)}`,
      to: `${Number(period.to.slice(0, 4)) - 1}${period.to.slice(4)}`,
    },
    growth: {
      users: null,
      enrolments: null,
      completions: null,
      completers: null,
      completionRate: null,
      coursesPerPerson: null,
      coursesPerCompleter: null,
    },
    breakdowns: {
      users: unknown(figures.users),
      enrolments: { ...unknown(figures.enrolments), format: format(figures.enrolments) },
      completions: { ...unknown(figures.completions), format: format(figures.completions) },
    },
    ageScheme: 'esf2014',
    provenance: FIGURES_PROVENANCE,
    ...overrides,
  };
}

export function aCourseRow(overrides: Partial<CourseFiguresRow> = {}): CourseFiguresRow {
  return {
    courseId: 'https://lms.example.org/courses/cloud-basics',
    title: 'Cloud basics',
    format: 'mooc',
    programme: 'Competències digitals',
    users: 10,
    enrolments: 12,
    completions: 6,
    completionRate: 0.5,
    ...overrides,
  };
}

export function aCourseTable(period: Period, courses: CourseFiguresRow[]): CourseFiguresTable {
  return { period, filters: {}, courses, provenance: FIGURES_PROVENANCE };
}

export function aCatalogueCourse(overrides: Partial<Course> = {}): Course {
  return {
    activityId: 'https://lms.example.org/courses/cloud-basics',
    title: 'Cloud basics',
    format: 'mooc',
    mode: 'async',
    programme: 'Competències digitals',
    tags: [],
    ...overrides,
  };
}
