import { Injectable } from '@nestjs/common';
import type { Role } from '../auth/role.js';
import { indicatorQueryFromQuery } from '../indicators/dto/indicator-query.query.js';
import type { IndicatorQuery } from '../indicators/indicator-query.js';
import { IndicatorsService } from '../indicators/indicators.service.js';
import { CSV_CONTENT_TYPE, writeCsvTable } from './csv-table.js';
import { exportLabel } from './export-labels.js';
import type { ExportContext, ExportRequest, ExportWriter, WrittenFile } from './export-writer.js';
import {
  MANAGER_TABLES,
  filtersTable,
  managerTables,
  type ManagerFigures,
  type ManagerTable,
} from './manager-tables.js';
import { XLSX_CONTENT_TYPE, writeStyledWorkbook } from './workbook-style.js';

const MANAGER_ROLES: readonly Role[] = ['admin', 'manager', 'auditor'];

/** Reading the figures is most of the work; writing a few small sheets is quick. */
const READ_SHARE = 0.6;

/**
 * The manager workbook (issue 8): the current indicators of a query as a
 * spreadsheet for programme managers (filters, overview, trends, breakdowns,
 * courses), or one of its tables as CSV. The reporting roles may ask for it,
 * as they may read the same figures in the dashboard.
 */
@Injectable()
export class ManagerExportWriter implements ExportWriter {
  readonly kind = 'manager';
  readonly tables = MANAGER_TABLES;

  constructor(private readonly indicators: IndicatorsService) {}

  allows(role: Role, _request: ExportRequest): boolean {
    return MANAGER_ROLES.includes(role);
  }

  async write(context: ExportContext): Promise<WrittenFile> {
    const { request } = context;
    await context.progress(0, 'reading');
    const figures = await this.read(indicatorQueryFromQuery(request.query ?? {}));
    await context.progress(READ_SHARE, 'writing');

    const tables = managerTables(figures, request.language);
    const { from, to } = figures.query.period;
    if (request.format === 'csv') {
      const table = managerTableOf(request.table);
      await writeCsvTable(context.out, tables[table]);
      return {
        fileName: `fita-manager-${table}-${from}-${to}-${request.language}.csv`,
        contentType: CSV_CONTENT_TYPE,
      };
    }

    const sheets = [
      filtersTable(
        figures,
        { email: context.requestedBy.email, requestedAt: context.requestedAt },
        request.language,
      ),
      ...MANAGER_TABLES.map((table) => tables[table]),
    ];
    await writeStyledWorkbook(
      context.out,
      {
        title: exportLabel(request.language, 'manager.title', { from, to }),
        subject: exportLabel(request.language, 'manager.subject'),
        keywords: exportLabel(request.language, 'manager.keywords'),
        description: exportLabel(request.language, 'manager.description', { from, to }),
        created: context.requestedAt,
        language: request.language,
        timeZone: figures.indicators.provenance.timeZone,
      },
      sheets,
      (index) =>
        context.progress(READ_SHARE + ((1 - READ_SHARE) * index) / sheets.length, 'writing'),
    );
    return {
      fileName: `fita-manager-${from}-${to}-${request.language}.xlsx`,
      contentType: XLSX_CONTENT_TYPE,
    };
  }

  /**
   * Every figure at one cut-off: the query's own, else the instant the first
   * answer describes, so that sheets read moments apart cannot disagree when
   * statements arrive meanwhile.
   */
  private async read(query: IndicatorQuery): Promise<ManagerFigures> {
    const indicators = await this.indicators.indicators(query);
    const asOf = query.cutoff ?? nullableDate(indicators.provenance.cutoff);
    const pinned: IndicatorQuery = asOf === undefined ? query : { ...query, cutoff: asOf };
    const [previous, years, months, courses] = await Promise.all([
      this.indicators.indicators({ ...pinned, period: indicators.previousPeriod }),
      this.indicators.series(pinned, 'year'),
      this.indicators.series(pinned, 'month'),
      this.indicators.courses(pinned),
    ]);
    return { query, indicators, previous, years, months, courses };
  }
}

function managerTableOf(table: string | undefined): ManagerTable {
  const known = MANAGER_TABLES.find((name) => name === table);
  // The request was checked against `tables` when asked for; this is a stored request gone bad.
  if (!known)
    throw new Error(`A manager CSV export needs one of the tables ${MANAGER_TABLES.join(', ')}.`);
  return known;
}

function nullableDate(iso: string | null): Date | undefined {
  return iso === null ? undefined : new Date(iso);
}
