import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { analyticQueries } from '../../database/analytic-queries.js';
import { WATERMARK, firstRow } from '../indicators/fact-sql.js';
import type {
  MissingDemographics,
  ReceivedMonth,
  Rejection,
  RejectionReason,
} from './quality.view.js';

/** A row as read: instants as Dates, turned into ISO strings by the service. */
type Read<T, K extends keyof T> = Omit<T, K> & Record<K, Date>;
export type RejectionReasonRow = Read<RejectionReason, 'lastRejectedAt'>;
export type RejectionRow = Read<Rejection, 'rejectedAt'>;

/** What the data quality view depends on, in two parts (see `version`). */
export interface QualityVersion {
  registers: string;
  statements: string;
}

/** The reads of the data quality view, each served by an index or a small table. */
@Injectable()
export class QualityRepository {
  /** Scans of whole tables: they share the process's bound on analytic queries. */
  private readonly analytic: Pick<DataSource, 'query'>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.analytic = analyticQueries(dataSource);
  }

  /**
   * Changes whenever any answer of this repository may. `registers` moves
   * when the registry or catalogue is written, `statements` when a statement
   * is stored (the inbox grows), the facts are refreshed or a rejection is
   * recorded. Read before the answers, so an answer is never older than the
   * version it is kept under.
   */
  version(): Promise<QualityVersion> {
    return firstRow<QualityVersion>(
      this.dataSource,
      `SELECT (SELECT coalesce(string_agg(name || '=' || version, ',' ORDER BY name), '')
                 FROM data_versions) AS registers,
              concat_ws('|',
                (SELECT count(*) FROM statement_inbox),
                w.statements_processed, w.updated_at,
                (SELECT max(id) FROM statement_rejections)) AS statements
       FROM (SELECT 1) one
       LEFT JOIN indicator_watermarks w ON w.name = $1`,
      [WATERMARK],
    );
  }

  /**
   * Statements stored in each month, local to `timeZone`, from the first to
   * the last. One range count per month, so each reads only its slice of the
   * `stored` index and never the statements themselves (1 to 4 s at 10M
   * statements on two busy cores).
   */
  receivedByMonth(timeZone: string): Promise<ReceivedMonth[]> {
    return this.analytic.query(
      `WITH bounds AS (
         SELECT date_trunc('month', min(stored) AT TIME ZONE $1) AS first,
                date_trunc('month', max(stored) AT TIME ZONE $1) AS last
         FROM statements
       ), months AS (
         SELECT m AS local_start FROM bounds, generate_series(first, last, interval '1 month') m
       )
       SELECT to_char(local_start, 'YYYY-MM') AS month,
              (SELECT count(*) FROM statements s
               WHERE s.stored >= (local_start AT TIME ZONE $1)
                 AND s.stored < ((local_start + interval '1 month') AT TIME ZONE $1))::int AS received
       FROM months ORDER BY local_start`,
      [timeZone],
    );
  }

  /**
   * Voided statements (those the facts know of) and statements whose actor
   * is a Group, which the figures skip (the COUNTING rule of fact-sql.ts);
   * the Group count reads the partial index ix_statements_group_actor.
   */
  skippedStatements(): Promise<{ voided: number; groupActors: number }> {
    return firstRow(
      this.analytic,
      `SELECT (SELECT count(*) FROM statement_voids)::int AS voided,
              (SELECT count(*) FROM statements WHERE actor_type = 'Group')::int AS "groupActors"`,
    );
  }

  rejectionReasons(): Promise<RejectionReasonRow[]> {
    return this.analytic.query(
      `SELECT reason_code AS code, rejections::int AS rejections,
              last_rejected_at AS "lastRejectedAt"
       FROM statement_rejection_counts ORDER BY rejections DESC, reason_code`,
    );
  }

  latestRejections(limit: number): Promise<RejectionRow[]> {
    return this.analytic.query(
      `SELECT rejected_at AS "rejectedAt", reason_code AS code, message,
              credential_key AS "credentialKey"
       FROM statement_rejections ORDER BY id DESC LIMIT $1`,
      [limit],
    );
  }

  /** Registry persons with each demographic column empty, in one pass. */
  missingDemographics(): Promise<MissingDemographics> {
    return firstRow(
      this.analytic,
      `SELECT count(*) FILTER (WHERE sex IS NULL)::int AS sex,
              count(*) FILTER (WHERE birth_year IS NULL)::int AS "birthYear",
              count(*) FILTER (WHERE isced_level IS NULL)::int AS "iscedLevel",
              count(*) FILTER (WHERE employment_status IS NULL)::int AS "employmentStatus",
              count(*) FILTER (WHERE municipality IS NULL)::int AS municipality
       FROM persons`,
    );
  }

  /**
   * Actor keys with counting statements (the facts' actor days hold only
   * those) that no registry identifier names. It reads every actor day: a
   * few seconds at 10M statements, which the service's cache absorbs.
   */
  async unregisteredActors(): Promise<number> {
    const row = await firstRow<{ n: number }>(
      this.analytic,
      `SELECT count(*)::int AS n
       FROM (SELECT DISTINCT actor_key FROM actor_activity_days) d
       WHERE NOT EXISTS (SELECT 1 FROM person_identifiers i WHERE i.actor_key = d.actor_key)`,
    );
    return row.n;
  }
}
