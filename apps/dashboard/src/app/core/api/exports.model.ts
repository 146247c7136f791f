/** Exports as the API defines them (apps/api/src/modules/exports/export-writer.ts). */
export const EXPORT_KINDS = ['erdf', 'publication', 'manager'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The languages a file's labels can be in: the interface's own. */
export type ExportLanguage = 'ca' | 'es' | 'en';

/** Body of `POST /api/exports`. */
export interface ExportRequest {
  readonly kind: ExportKind;
  readonly format: ExportFormat;
  /** CSV only: which table of the workbook. */
  readonly table?: string;
  /** ERDF and publication exports read a snapshot. */
  readonly snapshotId?: string;
  /** Manager exports: the indicator query, as `/api/indicators` takes it. */
  readonly query?: Readonly<Record<string, string>>;
  /** Publication: the disclosure threshold. */
  readonly k?: number;
  /** ERDF, auditors and admins: add the evidence sheet. */
  readonly evidence?: boolean;
  readonly language: ExportLanguage;
}

export interface ExportAccepted {
  readonly id: string;
}

export type ExportStatus = 'queued' | 'running' | 'done' | 'failed';

/** An export as `GET /api/exports` lists it. */
export interface ExportRecord {
  readonly id: string;
  readonly request: ExportRequest;
  readonly requestedBy: { readonly id: string; readonly email: string };
  /** ISO 8601 instant. */
  readonly requestedAt: string;
  readonly status: ExportStatus;
  /** 0..1 */
  readonly progress: number;
  /** What the job is doing: `reading…`, `writing`, `retrying`; null before it starts. */
  readonly stage: string | null;
  /** Why the last attempt failed. */
  readonly error: string | null;
  readonly fileName: string | null;
  readonly contentType: string | null;
  readonly byteSize: number | null;
  readonly sha256: string | null;
  readonly finishedAt: string | null;
  /** When the kept file will be deleted; null until it has finished. */
  readonly expiresAt: string | null;
}

export function isUnfinished(record: ExportRecord): boolean {
  return record.status === 'queued' || record.status === 'running';
}
