import {
  MIN_PERCENTAGE_DENOMINATOR,
  SECONDARY_SUPPRESSION_MARK,
  type BreakdownKey,
} from '@fita/metrics';
import type { PublicationView } from '../snapshots/publication-view.js';
import {
  categoryLabel,
  dimensionLabel,
  exportLabel,
  type ExportLabelKey,
} from './export-labels.js';
import { typed, type ExportCell, type ExportTable } from './export-table.js';
import type { ExportLanguage, ExportRequester } from './export-writer.js';

/** The sheets of the publication workbook in order; each one is also a CSV table. */
export const PUBLICATION_TABLES = ['totals', 'breakdowns', 'rule', 'provenance'] as const;
export type PublicationTable = (typeof PUBLICATION_TABLES)[number];

/** Spec section 8: the multiple published counts are rounded to. */
const ROUNDING_BASE = 5;

type Label = (key: ExportLabelKey, params?: Readonly<Record<string, string | number>>) => string;

const FIGURES = [
  { key: 'users', label: 'figure.users' },
  { key: 'enrolments', label: 'figure.enrolments' },
  { key: 'completions', label: 'figure.completions' },
  { key: 'completers', label: 'figure.completers' },
] as const satisfies readonly {
  key: keyof PublicationView['totals'];
  label: ExportLabelKey;
}[];

export interface PublicationFile {
  view: PublicationView;
  requestedBy: ExportRequester;
  requestedAt: Date;
}

/**
 * The publication view of a snapshot as GET /api/snapshots/:id/publication
 * gives it, table by table: exact totals, every breakdown cell as published
 * (a rounded count, 0, or the marks `<k` and `c` kept as text), the rule and
 * threshold applied, and where the figures come from.
 */
export function publicationTables(
  file: PublicationFile,
  language: ExportLanguage,
): Record<PublicationTable, ExportTable> {
  const label: Label = (key, params) => exportLabel(language, key, params);
  return {
    totals: totalsTable(file.view, label),
    breakdowns: breakdownsTable(file.view, language, label),
    rule: ruleTable(file.view, label),
    provenance: provenanceTable(file, language, label),
  };
}

function totalsTable(view: PublicationView, label: Label): ExportTable {
  const rate = view.percentages.completionRate;
  const rows: ExportCell[][] = FIGURES.map((figure) => [
    label(figure.label),
    view.totals[figure.key],
    label('publication.note.exact'),
  ]);
  rows.push(
    rate.kind === 'shown'
      ? [
          label('figure.completionRate'),
          typed('share', rate.value / 100),
          label('publication.note.percentage'),
        ]
      : [
          label('figure.completionRate'),
          null,
          label('publication.note.notShown', { base: MIN_PERCENTAGE_DENOMINATOR }),
        ],
  );
  return {
    title: label('publication.sheet.totals'),
    columns: [
      { header: label('column.figure'), kind: 'text', width: 30 },
      { header: label('column.value'), kind: 'count', width: 14 },
      { header: label('publication.column.note'), kind: 'text', width: 44 },
    ],
    rows,
  };
}

function breakdownsTable(
  view: PublicationView,
  language: ExportLanguage,
  label: Label,
): ExportTable {
  const rows: ExportCell[][] = [];
  // In the view's order: users, enrolments, completions, each breakdown's cells as the API lists them.
  for (const [figure, breakdowns] of Object.entries(view.breakdowns)) {
    const figureLabel = FIGURES.find((known) => known.key === figure)?.label;
    for (const [dimension, cells] of Object.entries(breakdowns)) {
      const key = dimension as BreakdownKey;
      for (const [cell, value] of Object.entries(cells)) {
        rows.push([
          figureLabel === undefined ? figure : label(figureLabel),
          dimensionLabel(language, key),
          categoryLabel(language, key, cell),
          // A mark is text, so no reader mistakes it for a number or sums it.
          typeof value === 'number' ? value : typed('text', value),
          `breakdowns.${figure}.${dimension}.${cell}`,
        ]);
      }
    }
  }
  return {
    title: label('publication.sheet.breakdowns'),
    columns: [
      { header: label('column.figure'), kind: 'text', width: 16 },
      { header: label('column.breakdown'), kind: 'text', width: 18 },
      { header: label('column.category'), kind: 'text', width: 40 },
      { header: label('publication.column.published'), kind: 'count', width: 16 },
      { header: label('publication.column.key'), kind: 'text', width: 44 },
    ],
    rows,
  };
}

function ruleTable(view: PublicationView, label: Label): ExportTable {
  return {
    title: label('publication.sheet.rule'),
    columns: [
      { header: label('column.item'), kind: 'text', width: 44 },
      { header: label('column.value'), kind: 'text', width: 110 },
    ],
    rows: [
      [label('publication.rule.text'), view.rule],
      [label('publication.rule.k'), typed('integer', view.k)],
      [
        label('publication.rule.hidden', { k: view.k }),
        label('publication.rule.hiddenRange', { max: view.k - 1 }),
      ],
      [label('publication.rule.secondaryMark'), SECONDARY_SUPPRESSION_MARK],
      [label('publication.rule.rounding'), typed('integer', ROUNDING_BASE)],
      [label('publication.rule.percentBase'), typed('integer', MIN_PERCENTAGE_DENOMINATOR)],
    ],
  };
}

function provenanceTable(
  file: PublicationFile,
  language: ExportLanguage,
  label: Label,
): ExportTable {
  const { snapshot } = file.view;
  const { query } = snapshot;
  const rows: ExportCell[][] = [
    [label('erdf.prov.snapshot'), snapshot.id],
    [label('filter.periodFrom'), typed('date', query.from)],
    [label('filter.periodTo'), typed('date', query.to)],
    [label('filter.programme'), query.programme ?? label('filter.allProgrammes')],
    [
      label('filter.format'),
      query.format === null
        ? label('filter.allFormats')
        : categoryLabel(language, 'format', query.format),
    ],
    [label('filter.course'), query.course ?? label('filter.allCourses')],
    [label('filter.cutoff'), typed('dateTime', new Date(snapshot.cutoff))],
    [label('erdf.prov.cutoffExact'), snapshot.cutoff],
    [label('filter.timeZone'), snapshot.timeZone],
    [label('filter.definitionsVersion'), snapshot.definitionsVersion],
    [
      label('publication.prov.approval'),
      snapshot.approval === null
        ? label('publication.prov.preview')
        : label('publication.prov.approvedOn', { date: snapshot.approval.at.slice(0, 10) }),
    ],
    ...(snapshot.supersededBy === null
      ? []
      : [[label('publication.prov.supersededBy'), snapshot.supersededBy.id]]),
    ...(file.view.restrictedPersonsLeftOut
      ? [[label('publication.prov.restricted'), label('publication.prov.restrictedLeftOut')]]
      : []),
    [label('common.requestedBy'), file.requestedBy.email],
    [label('common.requestedAt'), typed('dateTime', file.requestedAt)],
    [label('common.generatedBy'), 'Fita'],
  ];
  return {
    title: label('publication.sheet.provenance'),
    columns: [
      { header: label('column.item'), kind: 'text', width: 40 },
      { header: label('column.value'), kind: 'text', width: 70 },
    ],
    rows,
  };
}
