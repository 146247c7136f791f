import type { ExportStatus } from './export.entity.js';
import type { ExportRequest } from './export-writer.js';
import type { ExportRecord } from './exports.repository.js';

/** An export as the API shows it: what was asked, by whom, how far it got, its file. */
export interface ExportView {
  id: string;
  request: ExportRequest;
  requestedBy: { id: string; email: string };
  requestedAt: string;
  status: ExportStatus;
  /** 0..1 */
  progress: number;
  /** `starting`, `reading`, `writing`, `retrying`, `done`, `failed`, or a writer's own. */
  stage: string | null;
  error: string | null;
  fileName: string | null;
  contentType: string | null;
  byteSize: number | null;
  sha256: string | null;
  finishedAt: string | null;
  /** When the kept file will be deleted (FITA_EXPORT_RETENTION_DAYS after it finished). */
  expiresAt: string | null;
}

export function exportViewOf(record: ExportRecord, retentionDays: number): ExportView {
  return {
    id: record.id,
    request: record.request,
    requestedBy: { id: record.requestedById, email: record.requestedByEmail },
    requestedAt: record.requestedAt.toISOString(),
    status: record.status,
    progress: record.progress,
    stage: record.stage,
    error: record.error,
    fileName: record.fileName,
    contentType: record.contentType,
    byteSize: record.byteSize,
    sha256: record.sha256,
    finishedAt: record.finishedAt?.toISOString() ?? null,
    expiresAt: record.finishedAt ? expiryOf(record.finishedAt, retentionDays).toISOString() : null,
  };
}

export const DAY_MS = 24 * 3_600_000;

/** When a file finished at `finishedAt` is deleted. */
export function expiryOf(finishedAt: Date, retentionDays: number): Date {
  return new Date(finishedAt.getTime() + retentionDays * DAY_MS);
}
