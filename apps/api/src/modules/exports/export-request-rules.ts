import { AppError, badRequest } from '../../common/app-error.js';
import { indicatorQueryFromQuery } from '../indicators/dto/indicator-query.query.js';
import type { ExportKind, ExportRequest, ExportWriter } from './export-writer.js';

type SubjectField = 'snapshotId' | 'query' | 'k' | 'evidence';

/** What each kind reads: its subject (a snapshot or a query) and its options. */
const KIND_FIELDS: Readonly<
  Record<ExportKind, { required: readonly SubjectField[]; optional: readonly SubjectField[] }>
> = {
  // An ERDF export may name one operation with `query.operation` (checkErdfQuery).
  erdf: { required: ['snapshotId'], optional: ['evidence', 'query'] },
  publication: { required: ['snapshotId'], optional: ['k'] },
  manager: { required: ['query'], optional: [] },
};

const SUBJECT_FIELDS: readonly SubjectField[] = ['snapshotId', 'query', 'k', 'evidence'];

function invalid(field: string, message: string): AppError {
  return badRequest('exports.invalid_request', `"${field}" ${message}.`, [{ field, message }]);
}

/**
 * The fields a request of its kind and format must have, and may not: a CSV
 * names one of the writer's tables, a workbook none; ERDF and publication
 * read a snapshot, a manager export a query. A field that does not apply is
 * refused rather than ignored.
 */
export function checkRequestFields(request: ExportRequest, writer: ExportWriter): void {
  if (request.format === 'csv') {
    if (request.table === undefined) {
      throw invalid('table', `is required for a CSV export: one of ${writer.tables.join(', ')}`);
    }
    if (!writer.tables.includes(request.table)) {
      throw invalid('table', `must be one of ${writer.tables.join(', ')}`);
    }
  } else if (request.table !== undefined) {
    throw invalid('table', 'is for CSV exports only: a workbook holds every table');
  }
  const { required, optional } = KIND_FIELDS[request.kind];
  for (const field of SUBJECT_FIELDS) {
    const given = request[field] !== undefined;
    if (required.includes(field) && !given) {
      throw invalid(field, `is required for a ${request.kind} export`);
    }
    if (given && !required.includes(field) && !optional.includes(field)) {
      throw invalid(field, `does not apply to a ${request.kind} export`);
    }
  }
}

/** What a request's query may hold, by kind; `now` bounds a manager query's cut-off. */
export function checkRequestQuery(request: ExportRequest, now: Date): void {
  if (request.query === undefined) return;
  if (request.kind === 'manager') checkManagerQuery(request.query, now);
  if (request.kind === 'erdf') checkErdfQuery(request.query);
}

/**
 * An ERDF export's query names one operation (its id or code) and nothing
 * else: the workbook's figures are the snapshot's, so no other parameter of
 * the indicators API would change them, and one ignored would mislead.
 */
export function checkErdfQuery(query: Record<string, string>): void {
  for (const field of Object.keys(query)) {
    if (field !== 'operation') {
      throw invalid(
        `query.${field}`,
        'does not apply to an ERDF export: its query names one operation',
      );
    }
  }
  if ((query['operation'] ?? '').trim() === '') {
    throw invalid(
      'query.operation',
      "is required in an ERDF export's query: the id or code of one operation",
    );
  }
}

/**
 * A manager export's query, read as `GET /api/indicators` reads it; its
 * problems name the field inside the body (`query.from`). A cut-off in the
 * future is refused now rather than in a failed job.
 */
export function checkManagerQuery(query: Record<string, string>, now: Date): void {
  try {
    const parsed = indicatorQueryFromQuery(query);
    if (parsed.cutoff !== undefined && parsed.cutoff.getTime() > now.getTime()) {
      throw invalid('query.cutoff', 'must not be in the future');
    }
  } catch (error) {
    if (!(error instanceof AppError) || !Array.isArray(error.details)) throw error;
    const details = (error.details as { field?: unknown; message?: unknown }[]).map((detail) => ({
      ...detail,
      field:
        typeof detail.field === 'string' && !detail.field.startsWith('query.')
          ? `query.${detail.field}`
          : detail.field,
    }));
    throw new AppError(error.code, error.message, error.status, details);
  }
}
