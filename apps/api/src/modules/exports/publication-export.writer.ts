import { Injectable } from '@nestjs/common';
import { DEFAULT_DISCLOSURE_K, DisclosureError, assertDisclosureK } from '@fita/metrics';
import { badRequest } from '../../common/app-error.js';
import type { Role } from '../auth/role.js';
import { assertMayReadPublication } from '../snapshots/publication-access.js';
import { PublicationFigures } from '../snapshots/publication-figures.js';
import type { PublicationView } from '../snapshots/publication-view.js';
import { CSV_CONTENT_TYPE, writeCsvTable } from './csv-table.js';
import { exportLabel } from './export-labels.js';
import type { ExportContext, ExportRequest, ExportWriter, WrittenFile } from './export-writer.js';
import { ExportedSnapshots } from './exported-snapshots.service.js';
import {
  PUBLICATION_TABLES,
  publicationTables,
  type PublicationTable,
} from './publication-tables.js';
import { XLSX_CONTENT_TYPE, writeStyledWorkbook } from './workbook-style.js';

const PUBLICATION_ROLES: readonly Role[] = ['admin', 'manager', 'auditor', 'communications'];

/**
 * The publication workbook of issue 8: a snapshot's figures with disclosure
 * control (spec section 8), exactly as GET /api/snapshots/:id/publication
 * gives them for the same k and language, with the rule and threshold
 * stated; or one of its tables as CSV. Communications exports only approved
 * snapshots, as it sees only those; the reporting roles may preview any.
 */
@Injectable()
export class PublicationExportWriter implements ExportWriter {
  readonly kind = 'publication';
  readonly tables = PUBLICATION_TABLES;

  constructor(
    private readonly snapshots: ExportedSnapshots,
    private readonly figures: PublicationFigures,
  ) {}

  allows(role: Role, request: ExportRequest): boolean {
    // Evidence names persons: it never goes into a file meant for the public.
    return request.evidence !== true && PUBLICATION_ROLES.includes(role);
  }

  async write(context: ExportContext): Promise<WrittenFile> {
    const { request, requestedBy } = context;
    const k = kOf(request.k);
    await context.progress(0, 'reading the snapshot');
    const snapshot = await this.snapshots.get(request.snapshotId);
    assertMayReadPublication(requestedBy.role, {
      id: snapshot.id,
      approved: snapshot.approval !== null,
    });
    const view: PublicationView = await this.figures.of(snapshot, {
      k,
      language: request.language,
    });
    const tables = publicationTables(
      { view, requestedBy, requestedAt: context.requestedAt },
      request.language,
    );
    await context.progress(0.5, 'writing');
    const { from, to } = snapshot.query;
    const base = `fita-publication-${from}-${to}-k${k}-${snapshot.id}`;

    if (request.format === 'csv') {
      const table = publicationTableOf(request.table);
      await writeCsvTable(context.out, tables[table]);
      return { fileName: `${base}-${table}.csv`, contentType: CSV_CONTENT_TYPE };
    }
    const params = { from, to, snapshot: snapshot.id, cutoff: snapshot.cutoff, k };
    await writeStyledWorkbook(
      context.out,
      {
        title: exportLabel(request.language, 'publication.title', params),
        subject: exportLabel(request.language, 'publication.subject', params),
        keywords: exportLabel(request.language, 'publication.keywords', params),
        description: exportLabel(request.language, 'publication.description', params),
        created: context.requestedAt,
        language: request.language,
        timeZone: snapshot.timeZone,
      },
      PUBLICATION_TABLES.map((table) => tables[table]),
    );
    return { fileName: `${base}.xlsx`, contentType: XLSX_CONTENT_TYPE };
  }
}

/** `k` as the publication endpoint takes it: 3 to 10, 5 when not given. */
function kOf(k: number | undefined): number {
  if (k === undefined) return DEFAULT_DISCLOSURE_K;
  try {
    assertDisclosureK(k);
    return k;
  } catch (error) {
    if (!(error instanceof DisclosureError)) throw error;
    throw badRequest('exports.invalid_k', error.message, [{ field: 'k', message: error.message }]);
  }
}

function publicationTableOf(table: string | undefined): PublicationTable {
  const known = PUBLICATION_TABLES.find((name) => name === table);
  // The request was checked against `tables` when asked for; this is a stored request gone bad.
  if (known === undefined) {
    throw new Error(
      `A publication CSV export needs one of the tables ${PUBLICATION_TABLES.join(', ')}.`,
    );
  }
  return known;
}
