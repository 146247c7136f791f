import { growth, ratio } from '@fita/metrics';
import type { IndicatorQuery } from '../indicators/indicator-query.js';
import type {
  CourseTableView,
  Figures,
  IndicatorsView,
  SeriesPoint,
  SeriesView,
} from '../indicators/indicators.view.js';
import {
  ageSchemeLabel,
  categoryLabel,
  dimensionLabel,
  exportLabel,
  type BreakdownDimension,
  type ExportLabelKey,
} from './export-labels.js';
import { typed, type ExportCell, type ExportTable } from './export-table.js';
import type { ExportLanguage } from './export-writer.js';

/** The tables of a manager export that a CSV file may hold, one per file. */
export const MANAGER_TABLES = [
  'overview',
  'trends-year',
  'trends-month',
  'breakdowns',
  'courses',
] as const;
export type ManagerTable = (typeof MANAGER_TABLES)[number];

/** Everything a manager export shows, read at one cut-off. */
export interface ManagerFigures {
  query: IndicatorQuery;
  indicators: IndicatorsView;
  /** The same question for the year before: the base of the changes shown. */
  previous: IndicatorsView;
  years: SeriesView;
  months: SeriesView;
  courses: CourseTableView;
}

export interface ManagerRequester {
  email: string;
  requestedAt: Date;
}

type Label = (key: ExportLabelKey) => string;

export function managerTables(
  figures: ManagerFigures,
  language: ExportLanguage,
): Record<ManagerTable, ExportTable> {
  const label: Label = (key) => exportLabel(language, key);
  return {
    overview: overviewTable(figures, label),
    'trends-year': trendsTable(
      figures.years,
      label('sheet.trendsYear'),
      label('column.year'),
      label,
    ),
    'trends-month': trendsTable(
      figures.months,
      label('sheet.trendsMonth'),
      label('column.month'),
      label,
    ),
    breakdowns: breakdownsTable(figures.indicators, language, label),
    courses: coursesTable(figures.courses, language, label),
  };
}

/** The question in words and what the figures cover: the first sheet of the workbook. */
export function filtersTable(
  figures: ManagerFigures,
  requester: ManagerRequester,
  language: ExportLanguage,
): ExportTable {
  const label: Label = (key) => exportLabel(language, key);
  const { query, indicators } = figures;
  const { filters, period } = query;
  const course =
    filters.course === undefined
      ? label('filter.allCourses')
      : (figures.courses.courses.find((row) => row.courseId === filters.course)?.title ??
        filters.course);
  const asOf = indicators.provenance.cutoff;
  const rows: ExportCell[][] = [
    [label('common.report'), label('manager.report')],
    [label('filter.periodFrom'), typed('date', period.from)],
    [label('filter.periodTo'), typed('date', period.to)],
    [label('filter.programme'), filters.programme ?? label('filter.allProgrammes')],
    [
      label('filter.format'),
      filters.format === undefined
        ? label('filter.allFormats')
        : categoryLabel(language, 'format', filters.format),
    ],
    [label('filter.course'), course],
    [label('filter.ageScheme'), ageSchemeLabel(language, query.banding.scheme)],
    [label('filter.ageBands'), query.banding.bands.map((band) => band.label).join(', ')],
    [
      label(query.cutoff === undefined ? 'filter.dataAsOf' : 'filter.cutoff'),
      asOf === null ? label('filter.noData') : typed('dateTime', new Date(asOf)),
    ],
    [label('filter.timeZone'), indicators.provenance.timeZone],
    [label('filter.definitionsVersion'), indicators.provenance.definitionsVersion],
    [label('filter.statementCount'), typed('count', indicators.provenance.statementCount)],
    [label('filter.fingerprint'), indicators.provenance.fingerprint],
    [label('common.requestedBy'), requester.email],
    [label('common.requestedAt'), typed('dateTime', requester.requestedAt)],
    [label('common.generatedBy'), 'Fita'],
  ];
  return {
    title: label('sheet.filters'),
    columns: [
      { header: label('column.item'), kind: 'text', width: 30 },
      { header: label('column.value'), kind: 'text', width: 70 },
    ],
    rows,
  };
}

const OVERVIEW_FIGURES: readonly {
  key: keyof Figures;
  label: ExportLabelKey;
  kind: 'count' | 'share' | 'ratio';
}[] = [
  { key: 'users', label: 'figure.users', kind: 'count' },
  { key: 'enrolments', label: 'figure.enrolments', kind: 'count' },
  { key: 'completions', label: 'figure.completions', kind: 'count' },
  { key: 'completers', label: 'figure.completers', kind: 'count' },
  { key: 'completionRate', label: 'figure.completionRate', kind: 'share' },
  { key: 'coursesPerPerson', label: 'figure.coursesPerPerson', kind: 'ratio' },
];

function overviewTable(figures: ManagerFigures, label: Label): ExportTable {
  const { indicators, previous } = figures;
  const rows: ExportCell[][] = OVERVIEW_FIGURES.map((figure) => [
    label(figure.label),
    typed(figure.kind, indicators[figure.key]),
    typed(figure.kind, previous[figure.key]),
    // The API's own growth, so the file and GET /api/indicators never disagree.
    indicators.growth[figure.key],
  ]);
  const women = shareOfWomen(indicators);
  const womenBefore = shareOfWomen(previous);
  rows.push([
    label('figure.shareOfWomen'),
    typed('share', women),
    typed('share', womenBefore),
    women === null || womenBefore === null ? null : growth(women, womenBefore),
  ]);
  return {
    title: label('sheet.overview'),
    columns: [
      { header: label('column.figure'), kind: 'text', width: 36 },
      { header: label('column.value'), kind: 'count', width: 14 },
      { header: label('column.previousYear'), kind: 'count', width: 16 },
      { header: label('column.growth'), kind: 'growth', width: 22 },
    ],
    rows,
  };
}

function shareOfWomen(view: IndicatorsView): number | null {
  return ratio(view.breakdowns.users.sex['woman'] ?? 0, view.users);
}

function trendsTable(series: SeriesView, title: string, periodHeader: string, label: Label) {
  return {
    title,
    columns: [
      { header: periodHeader, kind: 'text', width: 10 },
      { header: label('column.from'), kind: 'date', width: 12 },
      { header: label('column.to'), kind: 'date', width: 12 },
      ...figureColumns(label),
    ],
    rows: series.points.map((point) => [point.period, point.from, point.to, ...figureCells(point)]),
  } satisfies ExportTable;
}

function figureColumns(label: Label) {
  return [
    { header: label('figure.users'), kind: 'count', width: 12 },
    { header: label('figure.enrolments'), kind: 'count', width: 14 },
    { header: label('figure.completions'), kind: 'count', width: 14 },
    { header: label('figure.completers'), kind: 'count', width: 16 },
    { header: label('figure.completionRate'), kind: 'share', width: 16 },
    { header: label('figure.coursesPerPerson'), kind: 'ratio', width: 18 },
  ] as const;
}

function figureCells(point: SeriesPoint): ExportCell[] {
  return [
    point.users,
    point.enrolments,
    point.completions,
    point.completers,
    point.completionRate,
    point.coursesPerPerson,
  ];
}

const BREAKDOWN_FIGURES = [
  { key: 'users', label: 'figure.users' },
  { key: 'enrolments', label: 'figure.enrolments' },
  { key: 'completions', label: 'figure.completions' },
] as const satisfies readonly { key: keyof IndicatorsView['breakdowns']; label: ExportLabelKey }[];

const DIMENSIONS: readonly BreakdownDimension[] = [
  'sex',
  'ageBand',
  'education',
  'employment',
  'residence',
  'format',
];

/** Every cell of every breakdown, in the API's order, `unknown` included. */
function breakdownsTable(
  view: IndicatorsView,
  language: ExportLanguage,
  label: Label,
): ExportTable {
  const rows: ExportCell[][] = [];
  for (const figure of BREAKDOWN_FIGURES) {
    const total = view[figure.key];
    const breakdowns: Partial<Record<BreakdownDimension, Record<string, number>>> =
      view.breakdowns[figure.key];
    for (const dimension of DIMENSIONS) {
      const cells = breakdowns[dimension];
      if (cells === undefined) continue;
      for (const [cell, count] of Object.entries(cells)) {
        rows.push([
          label(figure.label),
          dimensionLabel(language, dimension),
          categoryLabel(language, dimension, cell),
          count,
          ratio(count, total),
        ]);
      }
    }
  }
  return {
    title: label('sheet.breakdowns'),
    columns: [
      { header: label('column.figure'), kind: 'text', width: 16 },
      { header: label('column.breakdown'), kind: 'text', width: 20 },
      { header: label('column.category'), kind: 'text', width: 44 },
      { header: label('column.count'), kind: 'count', width: 12 },
      { header: label('column.share'), kind: 'share', width: 12 },
    ],
    rows,
  };
}

function coursesTable(view: CourseTableView, language: ExportLanguage, label: Label): ExportTable {
  return {
    title: label('sheet.courses'),
    columns: [
      { header: label('column.course'), kind: 'text', width: 44 },
      { header: label('column.courseId'), kind: 'text', width: 50 },
      { header: label('column.format'), kind: 'text', width: 18 },
      { header: label('column.programme'), kind: 'text', width: 18 },
      { header: label('figure.users'), kind: 'count', width: 12 },
      { header: label('figure.enrolments'), kind: 'count', width: 14 },
      { header: label('figure.completions'), kind: 'count', width: 14 },
      { header: label('figure.completionRate'), kind: 'share', width: 16 },
    ],
    rows: view.courses.map((course) => [
      course.title ?? course.courseId,
      course.courseId,
      categoryLabel(language, 'format', course.format),
      course.programme,
      course.users,
      course.enrolments,
      course.completions,
      course.completionRate,
    ]),
  };
}
