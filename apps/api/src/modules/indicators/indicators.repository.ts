import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CountedGroup, FlowGroup } from './breakdowns.js';
import { COUNTING, DEMOGRAPHICS_OF, PERSON, PROCESSED, WATERMARK, firstRow } from './fact-sql.js';

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

/** The read side of the indicator facts: figures, freshness and provenance. */
@Injectable()
export class IndicatorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
}
