import {
  type ExportKind,
  type ExportRecord,
  type ExportRequest,
} from '../../../core/api/exports.model';
import { LANGUAGE_NAMES } from '../../../core/i18n/language';
import { describeFilters, readFilters } from '../../../shared/filters/indicator-filters';
import { type ExportsTextKey, exportsText } from '../exports.messages';

/**
 * The tables a CSV export of each kind may ask for, as the API's writers
 * name them (ExportWriter.tables), in the order of their workbook's sheets.
 */
export const EXPORT_TABLES: Readonly<Record<ExportKind, readonly string[]>> = {
  manager: ['overview', 'trends-year', 'trends-month', 'breakdowns', 'courses'],
  erdf: [
    'identification',
    'indicators',
    'participants',
    'money',
    'definitions',
    'provenance',
    'evidence',
  ],
  publication: ['totals', 'breakdowns', 'rule', 'provenance'],
};

const KIND_KEYS: Readonly<Record<ExportKind, ExportsTextKey>> = {
  erdf: 'exports.kind.erdf',
  publication: 'exports.kind.publication',
  manager: 'exports.kind.manager',
};

const TABLE_KEYS: Readonly<Record<string, ExportsTextKey>> = {
  overview: 'exports.table.overview',
  'trends-year': 'exports.table.trends-year',
  'trends-month': 'exports.table.trends-month',
  breakdowns: 'exports.table.breakdowns',
  courses: 'exports.table.courses',
  identification: 'exports.table.identification',
  indicators: 'exports.table.indicators',
  participants: 'exports.table.participants',
  money: 'exports.table.money',
  definitions: 'exports.table.definitions',
  provenance: 'exports.table.provenance',
  evidence: 'exports.table.evidence',
  totals: 'exports.table.totals',
  rule: 'exports.table.rule',
};

const STAGE_KEYS: Readonly<Record<string, ExportsTextKey>> = {
  starting: 'exports.stage.starting',
  reading: 'exports.stage.reading',
  computing: 'exports.stage.computing',
  writing: 'exports.stage.writing',
  retrying: 'exports.stage.retrying',
};

export function kindName(kind: ExportKind): string {
  return exportsText(KIND_KEYS[kind]);
}

/** A table in words; one this page does not know yet keeps the API's name. */
export function tableName(table: string): string {
  const key = TABLE_KEYS[table];
  return key === undefined ? table : exportsText(key);
}

/** "Excel workbook", or "CSV table: Breakdowns". */
export function fileKindName(request: ExportRequest): string {
  if (request.format === 'xlsx') return exportsText('exports.format.xlsx');
  return request.table === undefined
    ? exportsText('exports.format.csv')
    : exportsText('exports.format.csvOf', { table: tableName(request.table) });
}

/**
 * What the figures of an export are about besides its snapshot (shown
 * apart, as a link): the question of a manager export in words, the
 * options, and the language of the file's labels.
 */
export function coversText(request: ExportRequest): string {
  const parts: string[] = [];
  if (request.query !== undefined) {
    const query = request.query;
    parts.push(describeFilters(readFilters({ get: (name) => query[name] ?? null }).filters));
  }
  if (request.evidence === true) parts.push(exportsText('exports.covers.withEvidence'));
  if (request.k !== undefined)
    parts.push(exportsText('exports.covers.threshold', { k: request.k }));
  parts.push(
    exportsText('exports.covers.language', { language: LANGUAGE_NAMES[request.language] }),
  );
  return parts.join(', ');
}

/**
 * What the job is doing, by the first word of its stage (writers may say
 * more: "reading the snapshot"); an unknown stage is just "working".
 */
export function stageText(record: ExportRecord): string {
  if (record.stage === null) return exportsText('exports.status.queued');
  const key = STAGE_KEYS[record.stage.trim().split(/\s+/)[0]?.toLowerCase() ?? ''];
  return exportsText(key ?? 'exports.stage.working');
}

const STATUS_KEYS: Readonly<Record<ExportRecord['status'], ExportsTextKey>> = {
  queued: 'exports.status.queued',
  running: 'exports.status.running',
  done: 'exports.status.done',
  failed: 'exports.status.failed',
};

export function statusText(record: ExportRecord): string {
  return exportsText(STATUS_KEYS[record.status]);
}

/** The first block of a UUID: enough to tell snapshots apart on screen. */
export function shortId(id: string): string {
  return id.slice(0, 8);
}
