import { type ExportRecord } from '../app/core/api/exports.model';

export const EXPORT_ID = '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c';
export const OTHER_EXPORT_ID = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
export const EXPORT_SNAPSHOT_ID = '0b5e6c1a-2f3d-4e5f-8a9b-1c2d3e4f5a6b';

/** A finished manager workbook of 2020; override any part. */
export function anExport(overrides: Partial<ExportRecord> = {}): ExportRecord {
  return {
    id: EXPORT_ID,
    request: {
      kind: 'manager',
      format: 'xlsx',
      query: { from: '2020-01-01', to: '2020-12-31' },
      language: 'en',
    },
    requestedBy: { id: 'u-1', email: 'ana@example.org' },
    requestedAt: '2024-06-15T10:00:00.000Z',
    status: 'done',
    progress: 1,
    stage: 'done',
    error: null,
    fileName: 'fita-manager-2020-01-01-2020-12-31-en.xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    byteSize: 24_576,
    sha256: 'a'.repeat(64),
    finishedAt: '2024-06-15T10:00:04.000Z',
    expiresAt: '2024-07-15T10:00:04.000Z',
    ...overrides,
  };
}

/** An export still being built: `progress` done, at `stage`. */
export function aRunningExport(
  progress: number,
  stage: string,
  overrides: Partial<ExportRecord> = {},
): ExportRecord {
  return anExport({
    id: OTHER_EXPORT_ID,
    status: 'running',
    progress,
    stage,
    fileName: null,
    contentType: null,
    byteSize: null,
    sha256: null,
    finishedAt: null,
    expiresAt: null,
    ...overrides,
  });
}
