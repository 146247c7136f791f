import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { COUNTING, COURSE_OF, PROCESSED, WATERMARK, firstRow } from './fact-sql.js';

export interface FactDefinitions {
  timeZone: string;
  definitionsVersion: string;
  voidingVerb: string;
  enrolmentVerbs: readonly string[];
  completionVerbs: readonly string[];
}

interface LockedWatermark {
  last_seq: string;
  statements_processed: string;
  time_zone: string;
  definitions_version: string;
  catalogue_version: string;
}

export interface RefreshStep {
  /** Statements folded in by this step (0: the inbox was empty); for a rebuild, all of them. */
  processed: number;
  /** Whether the step rebuilt every fact (asked to, or the time zone, definitions or catalogue changed). */
  rebuilt: boolean;
}

/** The write side of the indicator facts: the refresh steps and their watermark (ADR 0005). */
@Injectable()
export class IndicatorFactsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes up to `batchSize` statements out of the inbox and folds them into
   * the facts, in one transaction: a step is applied whole or not at all, a
   * retried job redoes nothing, and concurrent refreshes queue on the
   * watermark row. Ingestion only ever adds to the inbox, so it never waits.
   * When asked to, or when the time zone, definitions or catalogue changed,
   * the step is a rebuild of every fact instead.
   */
  refreshStep(
    definitions: FactDefinitions,
    batchSize: number,
    options: { rebuild?: boolean } = {},
  ): Promise<RefreshStep> {
    return this.dataSource.transaction(async (manager) => {
      const watermark = await this.lockWatermark(manager, definitions);
      const catalogue = await this.catalogueVersion(manager);
      if (
        options.rebuild === true ||
        watermark.time_zone !== definitions.timeZone ||
        watermark.definitions_version !== definitions.definitionsVersion ||
        watermark.catalogue_version !== catalogue
      ) {
        return this.rebuildAll(manager, definitions, watermark, catalogue);
      }
      const taken: { seq: string }[] = await manager.query(
        // Wrapped in a SELECT: TypeORM answers a bare DELETE with [rows, count].
        `WITH taken AS (
           DELETE FROM statement_inbox WHERE seq IN (
             SELECT seq FROM statement_inbox ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED
           ) RETURNING seq
         )
         SELECT seq::text AS seq FROM taken`,
        [batchSize],
      );
      const seqs = taken.map((row) => row.seq);
      if (seqs.length === 0) return { processed: 0, rebuilt: false };

      await this.recordVoids(manager, definitions, seqs);
      // Actors with a counted statement voided in this step: their facts are derived again.
      const revoided: { actor_key: string }[] = await manager.query(
        `SELECT DISTINCT t.actor_key FROM statements v
         -- Compared as uuid, so the id index finds the target.
         JOIN statements t
           ON t.id = CASE WHEN v.object_type = 'StatementRef' THEN v.object_id::uuid END
         WHERE v.seq = ANY($1::bigint[]) AND v.verb_id = $2 AND v.object_type = 'StatementRef'
           AND t.actor_key IS NOT NULL`,
        [seqs, definitions.voidingVerb],
      );
      const actorKeys = revoided.map((row) => row.actor_key);
      if (actorKeys.length > 0) {
        await manager.query(
          `WITH days AS (DELETE FROM actor_activity_days WHERE actor_key = ANY($1::text[]) RETURNING 1),
                firsts AS (DELETE FROM actor_course_firsts WHERE actor_key = ANY($1::text[]) RETURNING 1)
           SELECT (SELECT count(*) FROM days) + (SELECT count(*) FROM firsts)`,
          [actorKeys],
        );
      }
      // This step's statements, and all processed ones of re-derived actors.
      // A UNION rather than an OR: each half uses its index; an OR scans every statement.
      await this.collectStatements(
        manager,
        definitions,
        `s.seq IN (
           SELECT unnest($5::bigint[])
           UNION
           SELECT r.seq FROM statement_agents r
           WHERE r.actor_key = ANY($6::text[]) AND r.role = 'actor' AND ${PROCESSED('r')}
         )`,
        [seqs, actorKeys],
      );
      await this.foldCollected(manager);
      const highest = seqs.reduce((a, b) => (BigInt(a) > BigInt(b) ? a : b));
      await this.moveWatermark(
        manager,
        definitions,
        catalogue,
        BigInt(watermark.last_seq) > BigInt(highest) ? watermark.last_seq : highest,
        Number(watermark.statements_processed) + seqs.length,
      );
      return { processed: seqs.length, rebuilt: false };
    });
  }

  /**
   * Every fact derived again, set-wise in one pass over the statements (not
   * in inbox-sized steps). Whatever is in the inbox now is consumed; what is
   * stored meanwhile stays there for the next step. The facts are replaced
   * only once the new ones are computed, so readers wait for the swap alone.
   */
  private async rebuildAll(
    manager: EntityManager,
    definitions: FactDefinitions,
    watermark: LockedWatermark,
    catalogue: string,
  ): Promise<RefreshStep> {
    const consumed = await firstRow<{ n: number; highest: string | null }>(
      manager,
      `WITH taken AS (DELETE FROM statement_inbox RETURNING seq)
       SELECT count(*)::int AS n, max(seq)::text AS highest FROM taken`,
    );
    await manager.query(`TRUNCATE statement_voids`);
    await this.recordVoids(manager, definitions, null);
    await this.collectStatements(manager, definitions, PROCESSED('s'), []);
    await manager.query(`TRUNCATE actor_activity_days, actor_course_firsts`);
    await this.foldCollected(manager);
    const highest = consumed.highest ?? '0';
    const covered = Number(watermark.statements_processed) + consumed.n;
    await this.moveWatermark(
      manager,
      definitions,
      catalogue,
      BigInt(watermark.last_seq) > BigInt(highest) ? watermark.last_seq : highest,
      covered,
    );
    // A rebuild has processed every statement the facts now cover.
    return { processed: covered, rebuilt: true };
  }

  /**
   * Voids become facts before anything is counted, since what they name no
   * longer counts: those among `seqs`, or (null) every processed one.
   */
  private async recordVoids(
    manager: EntityManager,
    definitions: FactDefinitions,
    seqs: string[] | null,
  ): Promise<void> {
    await manager.query(
      `WITH voids AS (
         INSERT INTO statement_voids (target_id, void_stored)
         SELECT v.object_id::uuid, min(v.stored) FROM statements v
         WHERE ${seqs ? 'v.seq = ANY($2::bigint[])' : PROCESSED('v')}
           AND v.verb_id = $1 AND v.object_type = 'StatementRef'
           -- The LRS accepts only UUIDs here; a bad one must not stop every later step.
           AND v.object_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
         GROUP BY 1
         ON CONFLICT ON CONSTRAINT pk_statement_voids DO UPDATE
           SET void_stored = LEAST(statement_voids.void_stored, EXCLUDED.void_stored)
         RETURNING 1
       )
       SELECT count(*) FROM voids`,
      seqs ? [definitions.voidingVerb, seqs] : [definitions.voidingVerb],
    );
  }

  /**
   * The counting statements `which` selects, each attributed to its course
   * and role once, into the temporary table `collected`: reading the JSON
   * for attribution is most of the work, and both facts need it.
   */
  private async collectStatements(
    manager: EntityManager,
    definitions: FactDefinitions,
    which: string,
    parameters: unknown[],
  ): Promise<void> {
    await manager.query(
      `CREATE TEMP TABLE collected ON COMMIT DROP AS
       SELECT s.seq, s.actor_key, s.timestamp, s.stored, a.course_id, a.catalogued,
              (s.timestamp AT TIME ZONE $2)::date AS local_date,
              CASE WHEN s.verb_id = ANY($3::text[]) THEN 'enrolment'
                   WHEN s.verb_id = ANY($4::text[]) THEN 'completion' END AS role
       FROM statements s
       CROSS JOIN LATERAL (${COURSE_OF('s')}) a
       WHERE ${which} AND ${COUNTING('s', '$1')}`,
      [
        definitions.voidingVerb,
        definitions.timeZone,
        definitions.enrolmentVerbs,
        definitions.completionVerbs,
        ...parameters,
      ],
    );
  }

  /** Folds the `collected` statements into both facts. */
  private async foldCollected(manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO actor_activity_days (activity_date, actor_key, course_id, first_stored)
       SELECT local_date, actor_key, coalesce(course_id, ''), min(stored)
       FROM collected
       GROUP BY 1, 2, 3
       ON CONFLICT ON CONSTRAINT pk_actor_activity_days DO UPDATE
         SET first_stored = LEAST(actor_activity_days.first_stored, EXCLUDED.first_stored)`,
    );
    // First-ever candidates: the collected statements and the pair's current
    // rows, reduced to those first for some cut-off (none earlier AND stored
    // no later, ADR 0009): in (timestamp, stored, seq) order, a row stays
    // when every row before it was stored later.
    await manager.query(
      `WITH candidates AS (
         SELECT actor_key, course_id, role, catalogued, timestamp, stored, seq, local_date
         FROM collected WHERE role IS NOT NULL AND course_id IS NOT NULL
       ),
       pairs AS (SELECT DISTINCT actor_key, course_id, role FROM candidates),
       pool AS (
         SELECT * FROM candidates
         UNION
         SELECT f.actor_key, f.course_id, f.role, f.catalogued, f.first_timestamp, f.first_stored,
                f.first_seq, f.first_date
         FROM actor_course_firsts f JOIN pairs USING (actor_key, course_id, role)
       ),
       frontier AS (
         SELECT * FROM (
           SELECT pool.*, min(stored) OVER (
                    PARTITION BY actor_key, course_id, role ORDER BY timestamp, stored, seq
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS stored_before
           FROM pool
         ) ranked
         WHERE stored_before IS NULL OR stored_before > stored
       ),
       dropped AS (
         DELETE FROM actor_course_firsts f USING pairs
         WHERE (f.actor_key, f.course_id, f.role) = (pairs.actor_key, pairs.course_id, pairs.role)
           AND NOT EXISTS (
             SELECT 1 FROM frontier x
             WHERE (x.actor_key, x.course_id, x.role, x.seq) = (f.actor_key, f.course_id, f.role, f.first_seq))
         RETURNING 1
       ),
       added AS (
         INSERT INTO actor_course_firsts (actor_key, course_id, role, first_seq, catalogued,
                                          first_timestamp, first_date, first_stored)
         SELECT actor_key, course_id, role, seq, catalogued, timestamp, local_date, stored
         FROM frontier
         ON CONFLICT ON CONSTRAINT pk_actor_course_firsts DO NOTHING
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM dropped) AS dropped, (SELECT count(*) FROM added) AS added`,
    );
  }

  /**
   * After a rebuild: the inbox is full of dead rows that every freshness
   * check would step over, and the facts' statistics describe tables that
   * no longer exist. Runs outside any transaction (VACUUM must).
   */
  async tidyAfterRebuild(): Promise<void> {
    await this.dataSource.query(
      `VACUUM (ANALYZE) statement_inbox, statement_voids, actor_activity_days, actor_course_firsts`,
    );
  }

  /**
   * The inbox is a queue: each statement is inserted once and deleted once,
   * so it fills with dead rows that every freshness check and refresh step
   * reads past. Autovacuum clears them where it runs; a server with
   * autovacuum off never does, so the refresh clears them itself once
   * `threshold` have piled up. Returns whether it vacuumed.
   */
  async vacuumInboxBeyond(threshold: number): Promise<boolean> {
    const row = await firstRow<{ dead: number }>(
      this.dataSource,
      `SELECT n_dead_tup::int AS dead FROM pg_stat_user_tables WHERE relid = 'statement_inbox'::regclass`,
    );
    if (row.dead < threshold) return false;
    // SKIP_LOCKED: a vacuum already under way (autovacuum's, another worker's) will do.
    await this.dataSource.query(`VACUUM (SKIP_LOCKED, ANALYZE) statement_inbox`);
    return true;
  }

  /**
   * Which catalogue the facts are attributed with: changes whenever a course
   * is added or changed (imports set updated_at only on a real change).
   */
  private async catalogueVersion(manager: EntityManager): Promise<string> {
    const row = await firstRow<{ version: string }>(
      manager,
      `SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') AS version FROM courses`,
    );
    return row.version;
  }

  private async lockWatermark(
    manager: EntityManager,
    definitions: FactDefinitions,
  ): Promise<LockedWatermark> {
    await manager.query(
      `INSERT INTO indicator_watermarks (name, last_seq, statements_processed, time_zone, definitions_version)
       VALUES ($1, 0, 0, $2, $3) ON CONFLICT ON CONSTRAINT pk_indicator_watermarks DO NOTHING`,
      [WATERMARK, definitions.timeZone, definitions.definitionsVersion],
    );
    return firstRow<LockedWatermark>(
      manager,
      `SELECT last_seq::text, statements_processed::text, time_zone, definitions_version,
              catalogue_version
       FROM indicator_watermarks WHERE name = $1 FOR UPDATE`,
      [WATERMARK],
    );
  }

  private async moveWatermark(
    manager: EntityManager,
    definitions: FactDefinitions,
    catalogueVersion: string,
    lastSeq: string,
    processed: number,
  ): Promise<void> {
    await manager.query(
      `UPDATE indicator_watermarks
       SET last_seq = $2, statements_processed = $3, time_zone = $4, definitions_version = $5,
           catalogue_version = $6, updated_at = now()
       WHERE name = $1`,
      [
        WATERMARK,
        lastSeq,
        processed,
        definitions.timeZone,
        definitions.definitionsVersion,
        catalogueVersion,
      ],
    );
  }
}
