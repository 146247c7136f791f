import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CountedGroup, FlowGroup } from './breakdowns.js';
import type { DataSource, EntityManager } from 'typeorm';

export interface FactDefinitions {
  timeZone: string;
  definitionsVersion: string;
  voidingVerb: string;
  enrolmentVerbs: readonly string[];
  completionVerbs: readonly string[];
}

export interface RefreshStep {
  /** Statements consumed by this step (0: the inbox was empty). */
  processed: number;
  /** Whether the facts were cleared first because time zone or definitions changed. */
  rebuilt: boolean;
}

export interface WatermarkState {
  /** The highest seq the facts include. */
  lastSeq: string;
  statementsProcessed: number;
  updatedAt: Date | null;
}

export interface Provenance {
  statementCount: number;
  fingerprint: string;
}

const WATERMARK = 'facts';

/**
 * The person behind an actor key (spec section 2): the registry's person when
 * it lists the key (joined as `p`), else the key itself; prefixed so the two
 * kinds of id can never be equal by accident.
 */
const PERSON = (days: string) =>
  `coalesce('person:' || p.person_id, 'actor:' || ${days}.actor_key)`;

/**
 * The course a statement counts for (spec section 3, as attributeCourse in
 * libs/metrics): the object if catalogued, else the first catalogued parent,
 * then grouping, else the object itself if it is an Activity (uncatalogued).
 */
const COURSE_OF = (alias: string) => {
  const firstCatalogued = (list: string) => `(
    SELECT c.activity_id
    FROM jsonb_array_elements(coalesce(${alias}.payload #> '{context,contextActivities,${list}}', '[]'))
         WITH ORDINALITY AS e(activity, n)
    JOIN courses c ON c.activity_id = e.activity ->> 'id'
    ORDER BY e.n LIMIT 1)`;
  const objectActivity = `CASE WHEN ${alias}.object_type = 'Activity' THEN ${alias}.object_id END`;
  const catalogued = `coalesce(
    (SELECT c.activity_id FROM courses c WHERE c.activity_id = ${objectActivity}),
    ${firstCatalogued('parent')},
    ${firstCatalogued('grouping')})`;
  return `SELECT coalesce(cat.id, ${objectActivity}) AS course_id, cat.id IS NOT NULL AS catalogued
          FROM (SELECT ${catalogued} AS id) cat`;
};

/** A person's registry columns (joined as `alias`) under the names of Demographics. */
const DEMOGRAPHICS_OF = (alias: string) =>
  `${alias}.sex, ${alias}.birth_year AS "birthYear", ${alias}.isced_level AS "iscedLevel",
   ${alias}.employment_status AS "employmentStatus", ${alias}.municipality, ${alias}.district`;

/** A statement the facts have consumed: it has left the inbox. */
const PROCESSED = (alias: string) =>
  `NOT EXISTS (SELECT 1 FROM statement_inbox i WHERE i.seq = ${alias}.seq)`;

/**
 * A statement counts (spec section 1) when its actor is an Agent, it is not a
 * voiding statement, and no processed voiding statement voids it. Facts and
 * provenance both read processed voids only, so they always describe the same
 * set of statements; a void processed later re-derives the facts it touches.
 */
const COUNTING = (alias: string, voided: string) => `
  ${alias}.actor_type = 'Agent' AND ${alias}.actor_key IS NOT NULL AND ${alias}.verb_id <> ${voided}
  AND NOT EXISTS (
    SELECT 1 FROM statements v
    WHERE v.object_id = ${alias}.id::text AND v.object_type = 'StatementRef'
      AND v.verb_id = ${voided} AND ${PROCESSED('v')}
  )`;

@Injectable()
export class IndicatorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes up to `batchSize` statements out of the inbox and folds them into
   * the facts, in one transaction: a step is applied whole or not at all, a
   * retried job redoes nothing, and concurrent refreshes queue on the
   * watermark row. Ingestion only ever adds to the inbox, so it never waits.
   */
  refreshStep(definitions: FactDefinitions, batchSize: number): Promise<RefreshStep> {
    return this.dataSource.transaction(async (manager) => {
      const watermark = await this.lockWatermark(manager, definitions);
      const catalogue = await this.catalogueVersion(manager);
      const rebuilt =
        watermark.time_zone !== definitions.timeZone ||
        watermark.definitions_version !== definitions.definitionsVersion ||
        watermark.catalogue_version !== catalogue;
      if (rebuilt) {
        await manager.query(`TRUNCATE actor_activity_days, actor_course_firsts`);
        await manager.query(
          `INSERT INTO statement_inbox (seq) SELECT seq FROM statements ON CONFLICT DO NOTHING`,
        );
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
      const processedBefore = rebuilt ? 0 : Number(watermark.statements_processed);
      if (seqs.length === 0) {
        if (rebuilt) {
          await this.moveWatermark(manager, definitions, catalogue, '0', processedBefore);
        }
        return { processed: 0, rebuilt };
      }

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
      // The statements this step folds in: its own, and all processed ones of re-derived actors.
      // A UNION rather than an OR: each half uses its index; an OR scans every statement.
      const stepStatements = `s.seq IN (
          SELECT unnest($1::bigint[])
          UNION
          SELECT r.seq FROM statement_agents r
          WHERE r.actor_key = ANY($4::text[]) AND r.role = 'actor' AND ${PROCESSED('r')}
        ) AND ${COUNTING('s', '$2')}`;
      await manager.query(
        `INSERT INTO actor_activity_days (activity_date, actor_key, first_statement_seq)
         SELECT (s.timestamp AT TIME ZONE $3)::date, s.actor_key, min(s.seq)
         FROM statements s
         WHERE ${stepStatements}
         GROUP BY 1, 2
         ON CONFLICT ON CONSTRAINT pk_actor_activity_days DO UPDATE
           SET first_statement_seq = LEAST(actor_activity_days.first_statement_seq, EXCLUDED.first_statement_seq)`,
        [seqs, definitions.voidingVerb, definitions.timeZone, actorKeys],
      );
      await manager.query(
        `INSERT INTO actor_course_firsts
           (actor_key, course_id, role, catalogued, first_timestamp, first_date, first_seq)
         SELECT DISTINCT ON (s.actor_key, a.course_id, v.role)
                s.actor_key, a.course_id, v.role, a.catalogued, s.timestamp,
                (s.timestamp AT TIME ZONE $3)::date, s.seq
         FROM statements s
         CROSS JOIN LATERAL (
           SELECT CASE WHEN s.verb_id = ANY($5::text[]) THEN 'enrolment'
                       WHEN s.verb_id = ANY($6::text[]) THEN 'completion' END AS role
         ) v
         CROSS JOIN LATERAL (${COURSE_OF('s')}) a
         WHERE ${stepStatements} AND v.role IS NOT NULL AND a.course_id IS NOT NULL
         ORDER BY s.actor_key, a.course_id, v.role, s.timestamp, s.seq
         ON CONFLICT ON CONSTRAINT pk_actor_course_firsts DO UPDATE
           SET first_timestamp = EXCLUDED.first_timestamp, first_date = EXCLUDED.first_date,
               first_seq = EXCLUDED.first_seq, catalogued = EXCLUDED.catalogued
           WHERE (EXCLUDED.first_timestamp, EXCLUDED.first_seq)
                 < (actor_course_firsts.first_timestamp, actor_course_firsts.first_seq)`,
        [
          seqs,
          definitions.voidingVerb,
          definitions.timeZone,
          actorKeys,
          definitions.enrolmentVerbs,
          definitions.completionVerbs,
        ],
      );
      const highest = seqs.reduce((a, b) => (BigInt(a) > BigInt(b) ? a : b));
      const lastSeq =
        !rebuilt && BigInt(watermark.last_seq) > BigInt(highest) ? watermark.last_seq : highest;
      await this.moveWatermark(
        manager,
        definitions,
        catalogue,
        lastSeq,
        processedBefore + seqs.length,
      );
      return { processed: seqs.length, rebuilt };
    });
  }

  async watermark(): Promise<WatermarkState> {
    const rows: { last_seq: string; statements_processed: string; updated_at: Date }[] =
      await this.dataSource.query(
        `SELECT last_seq, statements_processed, updated_at FROM indicator_watermarks WHERE name = $1`,
        [WATERMARK],
      );
    const row = rows[0];
    return row
      ? {
          lastSeq: row.last_seq,
          statementsProcessed: Number(row.statements_processed),
          updatedAt: row.updated_at,
        }
      : { lastSeq: '0', statementsProcessed: 0, updatedAt: null };
  }

  async countStatements(): Promise<number> {
    const row = await firstRow<{ n: number }>(
      this.dataSource,
      `SELECT count(*)::int AS n FROM statements`,
    );
    return row.n;
  }

  /** The `stored` instant of the newest statement the facts include, or null. */
  async storedAt(seq: string): Promise<Date | null> {
    const rows: { stored: Date }[] = await this.dataSource.query(
      `SELECT stored FROM statements WHERE seq <= $1 ORDER BY seq DESC LIMIT 1`,
      [seq],
    );
    return rows[0]?.stored ?? null;
  }

  async countUsers(from: string, to: string): Promise<number> {
    const row = await firstRow<{ n: number }>(
      this.dataSource,
      `SELECT count(DISTINCT ${PERSON('d')})::int AS n
       FROM actor_activity_days d LEFT JOIN person_identifiers p USING (actor_key)
       WHERE d.activity_date BETWEEN $1 AND $2`,
      [from, to],
    );
    return row.n;
  }

  /**
   * The users of a period grouped by what the registry says of them and the
   * year of their first day in the period (their age is taken then, spec
   * section 5). An actor key not in the registry is a person with no
   * demographics.
   */
  async usersByDemographics(from: string, to: string): Promise<CountedGroup[]> {
    return this.dataSource.query(
      `WITH users AS (
         SELECT ${PERSON('d')} AS person, p.person_id, min(d.activity_date) AS first_day
         FROM actor_activity_days d LEFT JOIN person_identifiers p USING (actor_key)
         WHERE d.activity_date BETWEEN $1 AND $2
         GROUP BY 1, 2
       )
       SELECT ${DEMOGRAPHICS_OF('r')},
              extract(year FROM u.first_day)::int AS "eventYear", count(*)::int AS count
       FROM users u LEFT JOIN persons r ON r.person_id = u.person_id
       GROUP BY 1, 2, 3, 4, 5, 6, 7`,
      [from, to],
    );
  }

  /**
   * The (person, course) pairs whose first ever enrolment or completion falls
   * in the period, grouped by role, the person's demographics, the year of
   * that first ever (their age is taken then) and the course's format.
   */
  async flowsByDemographics(
    from: string,
    to: string,
  ): Promise<(FlowGroup & { role: 'enrolment' | 'completion' })[]> {
    return this.dataSource.query(
      `WITH firsts AS (
         SELECT ${PERSON('f')} AS person, p.person_id, f.course_id, f.role,
                min(f.first_date) AS first_date
         FROM actor_course_firsts f LEFT JOIN person_identifiers p USING (actor_key)
         GROUP BY 1, 2, 3, 4
       )
       SELECT x.role, ${DEMOGRAPHICS_OF('r')},
              extract(year FROM x.first_date)::int AS "eventYear",
              coalesce(c.format, 'uncatalogued') AS format, count(*)::int AS count
       FROM firsts x
       LEFT JOIN persons r ON r.person_id = x.person_id
       LEFT JOIN courses c ON c.activity_id = x.course_id
       WHERE x.first_date BETWEEN $1 AND $2
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
      [from, to],
    );
  }

  /**
   * Spec section 5: (person, course) pairs whose first ever enrolment, or
   * first ever completion, falls in the period, and the persons with such a
   * completion. A person's first ever is the earliest over their actor keys.
   */
  async courseFlows(
    from: string,
    to: string,
  ): Promise<{ enrolments: number; completions: number; completers: number }> {
    return firstRow(
      this.dataSource,
      `WITH firsts AS (
         SELECT ${PERSON('f')} AS person, f.course_id, f.role, min(f.first_date) AS first_date
         FROM actor_course_firsts f LEFT JOIN person_identifiers p USING (actor_key)
         GROUP BY 1, 2, 3
       )
       SELECT count(*) FILTER (WHERE role = 'enrolment')::int AS enrolments,
              count(*) FILTER (WHERE role = 'completion')::int AS completions,
              count(DISTINCT person) FILTER (WHERE role = 'completion')::int AS completers
       FROM firsts WHERE first_date BETWEEN $1 AND $2`,
      [from, to],
    );
  }

  async usersByYear(from: string, to: string): Promise<Map<number, number>> {
    const rows: { year: number; users: number }[] = await this.dataSource.query(
      `SELECT extract(year FROM d.activity_date)::int AS year, count(DISTINCT ${PERSON('d')})::int AS users
       FROM actor_activity_days d LEFT JOIN person_identifiers p USING (actor_key)
       WHERE d.activity_date BETWEEN $1 AND $2 GROUP BY 1`,
      [from, to],
    );
    return new Map(rows.map((row) => [row.year, row.users]));
  }

  /**
   * Count and SHA-256 of the sorted, lower-cased ids of the counting
   * statements the facts include (spec section 9). COLLATE "C" sorts by bytes, as
   * the fingerprint must not depend on the server's locale.
   */
  async provenance(voidingVerb: string): Promise<Provenance> {
    const result = await firstRow<{ n: number; fingerprint: string }>(
      this.dataSource,
      `SELECT count(*)::int AS n,
              encode(sha256(convert_to(coalesce(string_agg(lower(s.id::text), E'\\n' ORDER BY lower(s.id::text) COLLATE "C"), ''), 'UTF8')), 'hex') AS fingerprint
       FROM statements s WHERE ${PROCESSED('s')} AND ${COUNTING('s', '$1')}`,
      [voidingVerb],
    );
    return { statementCount: result.n, fingerprint: result.fingerprint };
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

  private async lockWatermark(manager: EntityManager, definitions: FactDefinitions) {
    await manager.query(
      `INSERT INTO indicator_watermarks (name, last_seq, statements_processed, time_zone, definitions_version)
       VALUES ($1, 0, 0, $2, $3) ON CONFLICT ON CONSTRAINT pk_indicator_watermarks DO NOTHING`,
      [WATERMARK, definitions.timeZone, definitions.definitionsVersion],
    );
    return firstRow<{
      last_seq: string;
      statements_processed: string;
      time_zone: string;
      definitions_version: string;
      catalogue_version: string;
    }>(
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

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

async function firstRow<T>(runner: Queryable, sql: string, parameters?: unknown[]): Promise<T> {
  const rows = (await runner.query(sql, parameters)) as T[];
  if (rows.length === 0) throw new Error(`expected a row from: ${sql.slice(0, 80)}`);
  return rows[0];
}
