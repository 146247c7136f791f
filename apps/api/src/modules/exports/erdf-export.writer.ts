import { Injectable } from '@nestjs/common';
import { forbidden } from '../../common/app-error.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import type { Role } from '../auth/role.js';
import { definitionsFor } from '../indicators/definitions-for.js';
import { OperationsService } from '../operations/operations.service.js';
import { EvidenceRepository } from '../snapshots/evidence.repository.js';
import type { SnapshotView } from '../snapshots/snapshot.view.js';
import { CSV_CONTENT_TYPE, writeCsvTable } from './csv-table.js';
import { evidenceTable } from './erdf-evidence-table.js';
import { ErdfFiguresService, type ErdfFigures } from './erdf-figures.service.js';
import { identificationTable, indicatorsTable, moneyTable } from './erdf-operation-tables.js';
import { operationsOfSnapshot } from './erdf-operations.js';
import { participantsBySex } from './erdf-participants.js';
import { definitionsTable, participantsTable, provenanceTable } from './erdf-snapshot-tables.js';
import { exportLabel } from './export-labels.js';
import type { ExportTable } from './export-table.js';
import type {
  ExportContext,
  ExportLanguage,
  ExportRequest,
  ExportWriter,
  WrittenFile,
} from './export-writer.js';
import { ExportedSnapshots } from './exported-snapshots.service.js';
import { XLSX_CONTENT_TYPE, writeStyledWorkbook } from './workbook-style.js';
import { queryOfSnapshot } from '../snapshots/snapshot-query.js';

/** The sheets of the workbook in order; each one is also a CSV table. */
export const ERDF_TABLES = [
  'identification',
  'indicators',
  'participants',
  'money',
  'definitions',
  'provenance',
  'evidence',
] as const;
export type ErdfTable = (typeof ERDF_TABLES)[number];

const ERDF_ROLES: readonly Role[] = ['admin', 'manager', 'auditor'];
/** Pseudonymous persons and their statements: for auditors and admins only (spec section 7). */
const EVIDENCE_ROLES: readonly Role[] = ['admin', 'auditor'];

// Shares of the progress bar: computing, then the small sheets, then the evidence rows.
const COMPUTED = 0.3;
const SHEETS_WRITTEN = 0.5;

/**
 * The ERDF indicator workbook of issue 8, from a snapshot: identification,
 * indicators per year as each rule says, participants by sex, money,
 * definitions and provenance, and for auditors the evidence; or one of them
 * as CSV. Labels in the request's language; the same snapshot always gives
 * the same values (see ErdfFiguresService for what is computed again).
 */
@Injectable()
export class ErdfExportWriter implements ExportWriter {
  readonly kind = 'erdf';
  readonly tables = ERDF_TABLES;

  constructor(
    private readonly snapshots: ExportedSnapshots,
    private readonly operations: OperationsService,
    private readonly figures: ErdfFiguresService,
    private readonly evidence: EvidenceRepository,
    @InjectConfig() private readonly config: Config,
  ) {}

  allows(role: Role, request: ExportRequest): boolean {
    const evidence = request.evidence === true || request.table === 'evidence';
    return (evidence ? EVIDENCE_ROLES : ERDF_ROLES).includes(role);
  }

  async write(context: ExportContext): Promise<WrittenFile> {
    const { request } = context;
    // The request is checked when asked for; this guards a stored one against a changed role.
    if (!this.allows(context.requestedBy.role, request)) {
      throw ERDF_ROLES.includes(context.requestedBy.role)
        ? forbidden(
            'exports.evidence_forbidden',
            'Only auditors and admins may export the evidence of a snapshot.',
          )
        : forbidden('exports.forbidden', 'The ERDF workbook is for admins, managers and auditors.');
    }
    await context.progress(0, 'reading the snapshot');
    const snapshot = await this.snapshots.get(request.snapshotId);
    // Refuses a snapshot made with other definitions before anything is computed.
    this.snapshots.evidenceScopeOf(snapshot);
    const query = queryOfSnapshot(snapshot);
    const all = await Promise.all(
      (await this.operations.list()).map((operation) => this.operations.get(operation.id)),
    );
    const operations = operationsOfSnapshot(
      all,
      { id: snapshot.id, period: query.period },
      request.query?.['operation'],
    );
    await context.progress(0.05, 'computing the indicators at the cut-off');
    const figures = await this.figures.read(operations, query);
    await context.progress(COMPUTED, 'writing');

    const withEvidence = request.format === 'xlsx' && request.evidence === true;
    const tables = this.tablesOf(context, snapshot, figures, withEvidence);
    const base = `fita-erdf-${query.period.from.slice(0, 4)}-${query.period.to.slice(0, 4)}-${snapshot.id}`;

    if (request.format === 'csv') {
      const table = erdfTableOf(request.table);
      await writeCsvTable(context.out, await tables[table]());
      return { fileName: `${base}-${table}.csv`, contentType: CSV_CONTENT_TYPE };
    }

    const sheets = await Promise.all(
      ERDF_TABLES.filter((table) => table !== 'evidence' || withEvidence).map((table) =>
        tables[table](),
      ),
    );
    await writeStyledWorkbook(
      context.out,
      this.properties(snapshot, figures, request.language, context.requestedAt),
      sheets,
      (index) =>
        context.progress(
          COMPUTED + ((SHEETS_WRITTEN - COMPUTED) * index) / sheets.length,
          'writing',
        ),
    );
    return { fileName: `${base}.xlsx`, contentType: XLSX_CONTENT_TYPE };
  }

  /** Each table, made only when asked for: a CSV export reads just its own. */
  private tablesOf(
    context: ExportContext,
    snapshot: SnapshotView,
    figures: ErdfFigures,
    withEvidence: boolean,
  ): Record<ErdfTable, () => Promise<ExportTable>> {
    const { request } = context;
    const language = request.language;
    const scope = this.snapshots.evidenceScopeOf(snapshot);
    const query = queryOfSnapshot(snapshot);
    const operations = figures.operations.map(({ operation }) => operation);
    const expected = Math.max(1, snapshot.statementCount);
    return {
      identification: () => Promise.resolve(identificationTable(operations, language)),
      indicators: () => Promise.resolve(indicatorsTable(figures.operations, language)),
      participants: async () =>
        participantsTable(
          await participantsBySex(
            this.evidence.usersInBatches(scope),
            query.banding,
            snapshot.view,
          ),
          language,
        ),
      money: () => Promise.resolve(moneyTable(figures.operations, language)),
      definitions: () =>
        Promise.resolve(
          definitionsTable(snapshot, definitionsFor(this.config), query.banding, language),
        ),
      provenance: () =>
        Promise.resolve(
          this.provenance(snapshot, figures, context, withEvidence || request.table === 'evidence'),
        ),
      evidence: () =>
        Promise.resolve(
          evidenceTable(this.evidence.userStatementsInBatches(scope), language, (written) =>
            context.progress(
              SHEETS_WRITTEN + (1 - SHEETS_WRITTEN) * 0.99 * Math.min(1, written / expected),
              'writing the evidence',
            ),
          ),
        ),
    };
  }

  private provenance(
    snapshot: SnapshotView,
    figures: ErdfFigures,
    context: ExportContext,
    evidence: boolean,
  ): ExportTable {
    return provenanceTable(
      {
        snapshot,
        recounted: figures.provenance,
        requestedBy: context.requestedBy,
        requestedAt: context.requestedAt,
        evidenceSheet: evidence
          ? exportLabel(context.request.language, 'erdf.sheet.evidence')
          : null,
      },
      context.request.language,
    );
  }

  private properties(
    snapshot: SnapshotView,
    figures: ErdfFigures,
    language: ExportLanguage,
    requestedAt: Date,
  ) {
    const codes = figures.operations.map(({ operation }) => operation.code);
    const operations = figures.operations
      .map(({ operation }) => `${operation.code} (${operation.name})`)
      .join(', ');
    const params = {
      from: snapshot.query.from,
      to: snapshot.query.to,
      snapshot: snapshot.id,
      cutoff: snapshot.cutoff,
      operations,
      codes: codes.join('; '),
    };
    return {
      title: exportLabel(language, 'erdf.title', params),
      subject: exportLabel(language, 'erdf.subject', params),
      keywords: exportLabel(language, 'erdf.keywords', params),
      description: exportLabel(language, 'erdf.description', params),
      created: requestedAt,
      language,
      timeZone: snapshot.timeZone,
    };
  }
}

function erdfTableOf(table: string | undefined): ErdfTable {
  const known = ERDF_TABLES.find((name) => name === table);
  // The request was checked against `tables` when asked for; this is a stored request gone bad.
  if (known === undefined) {
    throw new Error(`An ERDF CSV export needs one of the tables ${ERDF_TABLES.join(', ')}.`);
  }
  return known;
}
