import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Role } from '../auth/role.js';
import { firstRow } from '../indicators/fact-sql.js';
import type { ExportStatus } from './export.entity.js';
import type { ExportRequest } from './export-writer.js';

/** An export as stored. */
export interface ExportRecord {
  id: string;
  request: ExportRequest;
  requestedById: string;
  requestedByEmail: string;
  requestedByRole: Role;
  requestedAt: Date;
  status: ExportStatus;
  progress: number;
  stage: string | null;
  error: string | null;
  fileName: string | null;
  contentType: string | null;
  byteSize: number | null;
  sha256: string | null;
  finishedAt: Date | null;
}

export type NewExport = Pick<
  ExportRecord,
  'id' | 'request' | 'requestedById' | 'requestedByEmail' | 'requestedByRole' | 'requestedAt'
>;

export interface StoredFile {
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
}

/** How recording a stored file went: `not_running` when another attempt already ended it. */
export type FinishOutcome = 'finished' | 'not_running' | 'incomplete';

/** What starting a build found: a file already done is never built again. */
export type StartOutcome = 'started' | 'already_done' | 'missing';

const COLUMNS = `
  id, request, requested_by_id AS "requestedById", requested_by_email AS "requestedByEmail",
  requested_by_role AS "requestedByRole", requested_at AS "requestedAt", status, progress, stage,
  error, file_name AS "fileName", content_type AS "contentType",
  byte_size::float8 AS "byteSize", sha256, finished_at AS "finishedAt"`;

/** Error texts are for people: a stack trace of thousands of lines is cut short. */
const MAX_ERROR_LENGTH = 2_000;

@Injectable()
export class ExportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(record: NewExport): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO exports (id, request, requested_by_id, requested_by_email, requested_by_role,
         requested_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        record.id,
        JSON.stringify(record.request),
        record.requestedById,
        record.requestedByEmail,
        record.requestedByRole,
        record.requestedAt,
      ],
    );
  }

  async find(id: string): Promise<ExportRecord | null> {
    const rows: ExportRecord[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM exports WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Newest first; one person's exports, or everyone's when `requestedById` is absent. */
  list(options: { requestedById?: string; limit: number }): Promise<ExportRecord[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM exports
       WHERE $1::uuid IS NULL OR requested_by_id = $1::uuid
       ORDER BY requested_at DESC, id
       LIMIT $2`,
      [options.requestedById ?? null, options.limit],
    );
  }

  /**
   * Starts (or starts over) building the file: the chunks of an earlier
   * attempt go, so a retried job writes the whole file again.
   */
  async start(id: string, stage: string): Promise<StartOutcome> {
    const row = await firstRow<{ status: ExportStatus | null }>(
      this.dataSource,
      `WITH before AS (SELECT status FROM exports WHERE id = $1),
       cleared AS (
         DELETE FROM export_chunks
         WHERE export_id = $1 AND EXISTS (SELECT 1 FROM before WHERE status <> 'done')
       ),
       started AS (
         UPDATE exports
         SET status = 'running', progress = 0, stage = $2, error = NULL, file_name = NULL,
             content_type = NULL, byte_size = NULL, sha256 = NULL, finished_at = NULL
         WHERE id = $1 AND status <> 'done'
         RETURNING 1
       )
       SELECT (SELECT status FROM before) AS status`,
      [id, stage],
    );
    if (row.status === null) return 'missing';
    return row.status === 'done' ? 'already_done' : 'started';
  }

  /** Only while the build runs: a late report never overwrites the outcome. */
  async reportProgress(id: string, progress: number, stage: string): Promise<void> {
    await this.dataSource.query(
      `WITH reported AS (
         UPDATE exports SET progress = $2, stage = $3 WHERE id = $1 AND status = 'running'
         RETURNING 1
       )
       SELECT count(*)::int AS reported FROM reported`,
      [id, progress, stage],
    );
  }

  async appendChunk(id: string, seq: number, bytes: Buffer): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO export_chunks (export_id, seq, bytes) VALUES ($1, $2, $3)`,
      [id, seq, bytes],
    );
  }

  /** The chunk `seq` of a file, or null past its end. */
  async chunk(id: string, seq: number): Promise<Buffer | null> {
    const rows: { bytes: Buffer }[] = await this.dataSource.query(
      `SELECT bytes FROM export_chunks WHERE export_id = $1 AND seq = $2`,
      [id, seq],
    );
    return rows[0]?.bytes ?? null;
  }

  async chunkCount(id: string): Promise<number> {
    const row = await firstRow<{ chunks: number }>(
      this.dataSource,
      `SELECT count(*)::int AS chunks FROM export_chunks WHERE export_id = $1`,
      [id],
    );
    return row.chunks;
  }

  /**
   * Records the stored file, only while the build runs and only when the
   * stored chunks add up to the file's size: a file another attempt wrote
   * into meanwhile is never served as done.
   */
  async finish(id: string, file: StoredFile, at: Date): Promise<FinishOutcome> {
    const row = await firstRow<{ finished: number; stored: number }>(
      this.dataSource,
      `WITH stored AS (
         SELECT coalesce(sum(octet_length(bytes)), 0)::float8 AS bytes
         FROM export_chunks WHERE export_id = $1
       ),
       finished AS (
         UPDATE exports
         SET status = 'done', progress = 1, stage = 'done', error = NULL, file_name = $2,
             content_type = $3, byte_size = $4, sha256 = $5, finished_at = $6
         WHERE id = $1 AND status = 'running' AND (SELECT bytes FROM stored) = $4
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM finished)::int AS finished,
              (SELECT bytes FROM stored) AS stored`,
      [id, file.fileName, file.contentType, file.byteSize, file.sha256, at],
    );
    if (row.finished === 1) return 'finished';
    return row.stored === file.byteSize ? 'not_running' : 'incomplete';
  }

  /**
   * Records why an attempt failed and drops what it wrote. A last attempt
   * fails the export; otherwise it waits, queued, for the job's retry.
   */
  async fail(id: string, error: string, outcome: { final: boolean; at: Date }): Promise<void> {
    await this.dataSource.query(
      `WITH cleared AS (
         DELETE FROM export_chunks
         WHERE export_id = $1
           AND EXISTS (SELECT 1 FROM exports WHERE id = $1 AND status <> 'done')
       ),
       failed AS (
         UPDATE exports
         SET status = CASE WHEN $3 THEN 'failed' ELSE 'queued' END,
             stage = CASE WHEN $3 THEN 'failed' ELSE 'retrying' END,
             error = $2,
             finished_at = CASE WHEN $3 THEN $4::timestamptz END
         WHERE id = $1 AND status <> 'done'
         RETURNING 1
       )
       SELECT count(*)::int AS failed FROM failed`,
      [id, error.slice(0, MAX_ERROR_LENGTH), outcome.final, outcome.at],
    );
  }

  /**
   * Deletes the exports that finished (done or failed) before `before`, their
   * file chunks with them (foreign key cascade); returns how many went.
   */
  async deleteFinishedBefore(before: Date): Promise<number> {
    const row = await firstRow<{ deleted: number }>(
      this.dataSource,
      `WITH deleted AS (
         DELETE FROM exports WHERE status IN ('done', 'failed') AND finished_at < $1 RETURNING 1
       )
       SELECT count(*)::int AS deleted FROM deleted`,
      [before],
    );
    return row.deleted;
  }
}
