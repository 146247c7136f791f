import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IndicatorsView } from '../indicators/indicators.view.js';
import { firstRow } from '../indicators/fact-sql.js';
import { SnapshotEntity } from './snapshot.entity.js';

/** A snapshot as stored, and which snapshot (if any) superseded it. */
export interface SnapshotRecord {
  id: string;
  periodFrom: string;
  periodTo: string;
  programme: string | null;
  format: string | null;
  course: string | null;
  ageScheme: string;
  ageBands: string | null;
  cutoff: Date;
  definitionsVersion: string;
  timeZone: string;
  statementCount: number;
  fingerprint: string;
  createdById: string;
  createdByEmail: string;
  createdAt: Date;
  approvedById: string | null;
  approvedByEmail: string | null;
  approvedAt: Date | null;
  supersedes: string | null;
  supersedeReason: string | null;
  supersededById: string | null;
  supersededAt: Date | null;
  supersededByEmail: string | null;
}

/** An approved, current snapshot as the publication list reads it. */
export type PublishableSnapshotRecord = Pick<
  SnapshotRecord,
  | 'id'
  | 'periodFrom'
  | 'periodTo'
  | 'programme'
  | 'format'
  | 'course'
  | 'ageScheme'
  | 'ageBands'
  | 'cutoff'
  | 'definitionsVersion'
> & { approvedAt: Date };

export type NewSnapshot = Omit<
  SnapshotEntity,
  'approvedById' | 'approvedByEmail' | 'approvedAt' | 'frozenView'
> & { frozenView: IndicatorsView };

export type InsertOutcome = 'inserted' | 'exists' | 'already_superseded' | 'superseded_missing';

export type ApprovalOutcome = 'approved' | 'already_approved' | 'not_found';

const RECORD_COLUMNS = `
  s.id, to_char(s.period_from, 'YYYY-MM-DD') AS "periodFrom",
  to_char(s.period_to, 'YYYY-MM-DD') AS "periodTo", s.programme, s.format, s.course,
  s.age_scheme AS "ageScheme", s.age_bands AS "ageBands", s.cutoff,
  s.definitions_version AS "definitionsVersion", s.time_zone AS "timeZone",
  s.statement_count AS "statementCount", s.fingerprint,
  s.created_by_id AS "createdById", s.created_by_email AS "createdByEmail",
  s.created_at AS "createdAt", s.approved_by_id AS "approvedById",
  s.approved_by_email AS "approvedByEmail", s.approved_at AS "approvedAt",
  s.supersedes, s.supersede_reason AS "supersedeReason",
  n.id AS "supersededById", n.created_at AS "supersededAt",
  n.created_by_email AS "supersededByEmail"`;

// Who superseded a snapshot is never stored on it (it is never updated):
// it is the snapshot that names it.
const FROM_SNAPSHOTS = `snapshots s LEFT JOIN snapshots n ON n.supersedes = s.id`;

@Injectable()
export class SnapshotsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores a snapshot once: a job run again after storing it finds it there.
   * A snapshot superseded meanwhile by another one is refused.
   */
  async insert(snapshot: NewSnapshot): Promise<InsertOutcome> {
    try {
      const row = await firstRow<{ inserted: number }>(
        this.dataSource,
        `WITH inserted AS (
           INSERT INTO snapshots (id, period_from, period_to, programme, format, course,
             age_scheme, age_bands, cutoff, definitions_version, time_zone, statement_count,
             fingerprint, frozen_view, created_by_id, created_by_email, created_at, supersedes,
             supersede_reason)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
             $18, $19)
           ON CONFLICT ON CONSTRAINT pk_snapshots DO NOTHING
           RETURNING 1
         )
         SELECT count(*)::int AS inserted FROM inserted`,
        [
          snapshot.id,
          snapshot.periodFrom,
          snapshot.periodTo,
          snapshot.programme,
          snapshot.format,
          snapshot.course,
          snapshot.ageScheme,
          snapshot.ageBands,
          snapshot.cutoff,
          snapshot.definitionsVersion,
          snapshot.timeZone,
          snapshot.statementCount,
          snapshot.fingerprint,
          JSON.stringify(snapshot.frozenView),
          snapshot.createdById,
          snapshot.createdByEmail,
          snapshot.createdAt,
          snapshot.supersedes,
          snapshot.supersedeReason,
        ],
      );
      return row.inserted === 1 ? 'inserted' : 'exists';
    } catch (error) {
      const code = driverError(error);
      if (code?.code === '23505' && code.constraint === 'ux_snapshots_supersedes') {
        return 'already_superseded';
      }
      if (code?.code === '23503' && code.constraint === 'fk_snapshots_supersedes') {
        return 'superseded_missing';
      }
      throw error;
    }
  }

  async find(id: string): Promise<SnapshotRecord | null> {
    const rows: SnapshotRecord[] = await this.dataSource.query(
      `SELECT ${RECORD_COLUMNS} FROM ${FROM_SNAPSHOTS} WHERE s.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The answer as it was frozen; null when there is no such snapshot. */
  async frozenView(id: string): Promise<IndicatorsView | null> {
    const rows: { view: IndicatorsView }[] = await this.dataSource.query(
      `SELECT frozen_view AS view FROM snapshots WHERE id = $1`,
      [id],
    );
    return rows[0]?.view ?? null;
  }

  /** Newest first, with the headline figures; the whole answer is read one at a time. */
  list(): Promise<(SnapshotRecord & { headline: Record<string, number> })[]> {
    return this.dataSource.query(
      `SELECT ${RECORD_COLUMNS},
              json_build_object('users', s.frozen_view -> 'users',
                                'enrolments', s.frozen_view -> 'enrolments',
                                'completions', s.frozen_view -> 'completions',
                                'completers', s.frozen_view -> 'completers') AS headline
       FROM ${FROM_SNAPSHOTS}
       ORDER BY s.created_at DESC, s.id`,
    );
  }

  /**
   * Approved snapshots that no other snapshot corrects, newest first: the
   * ones whose figures may go out. Only the question and dates, no person.
   */
  listPublishable(): Promise<PublishableSnapshotRecord[]> {
    return this.dataSource.query(
      `SELECT s.id, to_char(s.period_from, 'YYYY-MM-DD') AS "periodFrom",
              to_char(s.period_to, 'YYYY-MM-DD') AS "periodTo", s.programme, s.format, s.course,
              s.age_scheme AS "ageScheme", s.age_bands AS "ageBands", s.cutoff,
              s.definitions_version AS "definitionsVersion", s.approved_at AS "approvedAt"
       FROM snapshots s
       WHERE s.approved_at IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM snapshots n WHERE n.supersedes = s.id)
       ORDER BY s.created_at DESC, s.id`,
    );
  }

  /** Records the approval once; a second approval changes nothing (and the trigger would refuse it). */
  async approve(id: string, by: { id: string; email: string }, at: Date): Promise<ApprovalOutcome> {
    const row = await firstRow<{ approved: number; found: number }>(
      this.dataSource,
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count].
      `WITH approved AS (
         UPDATE snapshots SET approved_by_id = $2, approved_by_email = $3, approved_at = $4
         WHERE id = $1 AND approved_at IS NULL
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM approved)::int AS approved,
              (SELECT count(*) FROM snapshots WHERE id = $1)::int AS found`,
      [id, by.id, by.email, at],
    );
    if (row.approved === 1) return 'approved';
    return row.found === 1 ? 'already_approved' : 'not_found';
  }
}

function driverError(error: unknown): { code?: unknown; constraint?: unknown } | undefined {
  return (error as { driverError?: { code?: unknown; constraint?: unknown } } | undefined)
    ?.driverError;
}
