import { AGE_SCHEMES, EMPLOYMENT_STATUSES, type AgeBanding, type Definitions } from '@fita/metrics';
import type { ProvenanceView } from '../indicators/indicators.view.js';
import { AGGREGATION_RULES } from '../operations/indicator-definition.entity.js';
import type { SnapshotView } from '../snapshots/snapshot.view.js';
import type { ParticipantRow } from './erdf-participants.js';
import {
  ageSchemeLabel,
  categoryLabel,
  dimensionLabel,
  exportLabel,
  type ExportLabelKey,
} from './export-labels.js';
import { typed, type ExportCell, type ExportTable } from './export-table.js';
import type { ExportLanguage, ExportRequester } from './export-writer.js';

type Label = (key: ExportLabelKey, params?: Readonly<Record<string, string | number>>) => string;

const labelIn =
  (language: ExportLanguage): Label =>
  (key, params) =>
    exportLabel(language, key, params);

const itemColumns = (label: Label, valueHeader: ExportLabelKey, width: number) =>
  [
    { header: label('column.item'), kind: 'text', width: 40 },
    { header: label(valueHeader), kind: 'text', width },
  ] as const;

/** The snapshot's participants: each characteristic's frozen total beside its split by sex. */
export function participantsTable(
  rows: readonly ParticipantRow[],
  language: ExportLanguage,
): ExportTable {
  const label = labelIn(language);
  return {
    title: label('erdf.sheet.participants'),
    columns: [
      { header: label('column.breakdown'), kind: 'text', width: 16 },
      { header: label('column.category'), kind: 'text', width: 40 },
      { header: label('erdf.column.frozen'), kind: 'count', width: 14 },
      { header: label('erdf.column.women'), kind: 'count', width: 12 },
      { header: label('erdf.column.men'), kind: 'count', width: 12 },
      { header: label('erdf.column.nonBinary'), kind: 'count', width: 12 },
      { header: label('erdf.column.sexUnknown'), kind: 'count', width: 12 },
      { header: label('erdf.column.matches'), kind: 'text', width: 16 },
    ],
    rows: rows.map((row) => [
      row.dimension === 'all' ? label('common.total') : dimensionLabel(language, row.dimension),
      row.dimension === 'all'
        ? label('erdf.participants.all')
        : categoryLabel(language, row.dimension, row.cell),
      row.frozen,
      row.bySex.woman,
      row.bySex.man,
      row.bySex.non_binary,
      row.bySex.unknown,
      label(row.matches ? 'common.yes' : 'common.no'),
    ]),
  };
}

/** The definitions the figures follow, in words: version, verbs, rules, bands, groups. */
export function definitionsTable(
  snapshot: SnapshotView,
  definitions: Definitions,
  banding: AgeBanding,
  language: ExportLanguage,
): ExportTable {
  const label = labelIn(language);
  const statuses = EMPLOYMENT_STATUSES.map((status) =>
    categoryLabel(language, 'employment', status),
  ).join(', ');
  const rows: ExportCell[][] = [
    [label('erdf.def.version'), snapshot.definitionsVersion],
    [label('filter.timeZone'), snapshot.timeZone],
    [label('erdf.def.enrolmentVerbs'), definitions.verbs.enrolment.join('\n')],
    [label('erdf.def.completionVerbs'), definitions.verbs.completion.join('\n')],
    [label('erdf.def.voidingVerb'), definitions.voidingVerb],
    [label('erdf.def.counting'), label('erdf.def.countingText')],
    [label('erdf.def.users'), label('erdf.def.usersText')],
    ...AGGREGATION_RULES.map((rule): ExportCell[] => [
      label(`erdf.rule.${rule}`),
      label(`erdf.def.ruleText.${rule}`),
    ]),
    [label('erdf.column.percentOfTarget'), label('erdf.def.percentText')],
    [
      label('erdf.def.ageBands'),
      label('erdf.def.ageBandsText', {
        scheme: ageSchemeLabel(language, banding.scheme),
        bands: banding.bands.map((band) => band.label).join(', '),
      }),
    ],
    [label('erdf.def.education'), label('erdf.def.educationText')],
    [label('erdf.def.employment'), label('erdf.def.employmentText', { statuses })],
    [label('erdf.sheet.participants'), label('erdf.def.participantsText')],
    [label('erdf.sheet.money'), label('erdf.def.moneyText')],
    [label('erdf.sheet.evidence'), label('erdf.def.evidenceText')],
    [label('erdf.def.values'), label('erdf.def.valuesText')],
  ];
  return {
    title: label('erdf.sheet.definitions'),
    columns: itemColumns(label, 'erdf.column.definition', 110),
    rows,
  };
}

export interface ProvenanceFacts {
  snapshot: SnapshotView;
  /** What the engine counted from when the figures were computed again at the cut-off. */
  recounted: ProvenanceView;
  requestedBy: ExportRequester;
  requestedAt: Date;
  /** The evidence sheet's name, when the file has one. */
  evidenceSheet: string | null;
}

/** Where every value comes from: the snapshot, its question, who made and approved it, the file. */
export function provenanceTable(facts: ProvenanceFacts, language: ExportLanguage): ExportTable {
  const label = labelIn(language);
  const { snapshot, recounted } = facts;
  const { query } = snapshot;
  const at = (iso: string) => typed('dateTime', new Date(iso));
  const same =
    recounted.statementCount === snapshot.statementCount &&
    recounted.fingerprint === snapshot.fingerprint;
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
    [label('filter.ageScheme'), ageSchemeLabel(language, schemeOf(query.ageScheme))],
    [label('filter.cutoff'), at(snapshot.cutoff)],
    [label('erdf.prov.cutoffExact'), snapshot.cutoff],
    [label('filter.timeZone'), snapshot.timeZone],
    [label('filter.definitionsVersion'), snapshot.definitionsVersion],
    [label('filter.statementCount'), typed('count', snapshot.statementCount)],
    [label('filter.fingerprint'), snapshot.fingerprint],
    [label('erdf.prov.createdBy'), snapshot.createdBy.email],
    [label('erdf.prov.createdAt'), at(snapshot.createdAt)],
    ...(snapshot.approval === null
      ? [[label('erdf.prov.approvedBy'), label('erdf.prov.notApproved')]]
      : [
          [label('erdf.prov.approvedBy'), snapshot.approval.by.email],
          [label('erdf.prov.approvedAt'), at(snapshot.approval.at)],
        ]),
    ...(snapshot.supersedes === null
      ? []
      : [
          [
            label('erdf.prov.supersedes'),
            `${snapshot.supersedes.id}: ${snapshot.supersedes.reason}`,
          ],
        ]),
    ...(snapshot.supersededBy === null
      ? []
      : [[label('erdf.prov.supersededBy'), snapshot.supersededBy.id]]),
    [label('erdf.prov.recountedStatements'), typed('count', recounted.statementCount)],
    [label('erdf.prov.recountedFingerprint'), recounted.fingerprint],
    [label('erdf.prov.sameStatements'), label(same ? 'common.yes' : 'common.no')],
    [label('erdf.prov.operationData'), label('erdf.prov.operationDataText')],
    [
      label('erdf.prov.evidence'),
      facts.evidenceSheet === null
        ? label('erdf.prov.evidenceLeftOut')
        : label('erdf.prov.evidenceIncluded', { sheet: facts.evidenceSheet }),
    ],
    [label('common.requestedBy'), facts.requestedBy.email],
    [label('common.requestedAt'), typed('dateTime', facts.requestedAt)],
    [label('common.generatedBy'), 'Fita'],
  ];
  return {
    title: label('erdf.sheet.provenance'),
    columns: itemColumns(label, 'column.value', 80),
    rows,
  };
}

function schemeOf(scheme: string): AgeBanding['scheme'] {
  const found = AGE_SCHEMES.find((candidate) => candidate === scheme);
  if (found === undefined) throw new Error(`A snapshot has the age scheme ${scheme}.`);
  return found;
}
