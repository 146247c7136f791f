import type { Writable } from 'node:stream';
import type { Role } from '../auth/role.js';

/**
 * The contract between the `export-build` job (which queues, tracks progress,
 * stores and serves files) and the writers that fill a file (which know what
 * a workbook or a CSV holds). Issue 8.
 */
export const EXPORT_KINDS = ['erdf', 'publication', 'manager'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_LANGUAGES = ['ca', 'es', 'en'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/** What a person asked for; validated before it is queued, stored with the export. */
export interface ExportRequest {
  kind: ExportKind;
  format: ExportFormat;
  /** For CSV: which table of the workbook (a writer's `tables` entry). */
  table?: string;
  /** ERDF and publication exports read a snapshot, so the same snapshot gives the same values. */
  snapshotId?: string;
  /**
   * Manager exports: the indicator query parameters, as the indicators API
   * takes them. ERDF exports: `{ operation }` alone, one operation's id or code.
   */
  query?: Record<string, string>;
  /** Publication exports: the disclosure threshold. */
  k?: number;
  /** ERDF exports for auditors and admins: add the evidence sheet. */
  evidence?: boolean;
  language: ExportLanguage;
}

export interface ExportRequester {
  id: string;
  email: string;
  role: Role;
}

export interface ExportContext {
  request: ExportRequest;
  requestedBy: ExportRequester;
  /** When the export was asked for: written into the file's properties, never "now". */
  requestedAt: Date;
  /**
   * Where the file's bytes go; the job stores them as they come, in chunks,
   * and holds a writer back (backpressure) while it stores. A writer may end
   * it (exceljs' streaming writer does) or leave that to the job.
   */
  out: Writable;
  /**
   * Reports how far the work is (0..1) and what it is doing, shown to the
   * user; written at most every 500 ms, so it may be called per row. The
   * dashboard names a stage in the reader's language by its first word:
   * `reading`, `computing`, `writing` (the job itself sets `starting`,
   * `retrying`, `done`, `failed`); any other shows as "working".
   */
  progress(fraction: number, stage: string): Promise<void>;
}

export interface WrittenFile {
  /** With its extension, e.g. `fita-erdf-2017-2021-<snapshot>.xlsx`. */
  fileName: string;
  contentType: string;
}

/** One kind of export: checks a request, then writes its file. */
export interface ExportWriter {
  readonly kind: ExportKind;
  /** The tables a CSV export of this kind may ask for. */
  readonly tables: readonly string[];
  /** Which roles may ask for this request (e.g. evidence: auditor and admin only). */
  allows(role: Role, request: ExportRequest): boolean;
  write(context: ExportContext): Promise<WrittenFile>;
}

/** Nest token under which every ExportWriter provider is collected. */
export const EXPORT_WRITERS = Symbol('EXPORT_WRITERS');
