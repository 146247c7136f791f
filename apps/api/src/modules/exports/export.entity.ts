import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ExportRequest } from './export-writer.js';

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/**
 * One export asked for (issue 8): the request, who asked and when, how far its
 * `export-build` job got, and, once done, the file it wrote (whose bytes are
 * in `export_chunks`). Kept in Postgres so that any API process can serve a
 * file that any worker process wrote.
 */
@Entity({ name: 'exports' })
@Index('ix_exports_requested_by', ['requestedById', 'requestedAt'])
@Index('ix_exports_requested_at', ['requestedAt'])
@Check('ck_exports_status', `status IN ('queued', 'running', 'done', 'failed')`)
@Check('ck_exports_progress', `progress >= 0 AND progress <= 1`)
@Check(
  'ck_exports_file',
  `status <> 'done' OR (file_name IS NOT NULL AND content_type IS NOT NULL AND byte_size IS NOT NULL AND sha256 IS NOT NULL AND finished_at IS NOT NULL)`,
)
export class ExportEntity {
  /** Chosen when the export is asked for, and the id of the job that builds it. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_exports' })
  id!: string;

  /** As validated when it was asked for; the job reads nothing else. */
  @Column({ type: 'jsonb' })
  request!: ExportRequest;

  @Column({ name: 'requested_by_id', type: 'uuid' })
  requestedById!: string;

  /** Kept with the id so the list reads the same if the account changes. */
  @Column({ name: 'requested_by_email', type: 'text' })
  requestedByEmail!: string;

  /** The role when asked: what the file may hold (evidence, say) was decided by it. */
  @Column({ name: 'requested_by_role', type: 'text' })
  requestedByRole!: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'text', default: 'queued' })
  status!: ExportStatus;

  /** 0..1, as the writer last reported it. */
  @Column({ type: 'double precision', default: 0 })
  progress!: number;

  /** What the job is doing (`reading`, `writing`...), or `retrying` between attempts. */
  @Column({ type: 'text', nullable: true })
  stage!: string | null;

  /** Why the last attempt failed, in words a person can act on. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName!: string | null;

  @Column({ name: 'content_type', type: 'text', nullable: true })
  contentType!: string | null;

  @Column({ name: 'byte_size', type: 'bigint', nullable: true })
  byteSize!: string | null;

  /** Of the whole file, hex: a download can be checked against it. */
  @Column({ type: 'text', nullable: true })
  sha256!: string | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
