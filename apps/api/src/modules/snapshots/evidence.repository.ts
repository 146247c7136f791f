import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Demographics, Period } from '@fita/metrics';
import type { DataSource } from 'typeorm';
import { SqlParameters, courseMatches } from '../indicators/fact-scope-sql.js';
import { COUNTING_AT, COURSE_OF, DEMOGRAPHICS_OF, PERSON } from '../indicators/fact-sql.js';
import { hasCourseFilter, type CourseFilters } from '../indicators/indicator-query.js';

/** What a snapshot counted, read again from the stored statements rather than from the facts. */
export interface EvidenceScope {
  period: Period;
  filters: CourseFilters;
  cutoff: Date;
  timeZone: string;
  voidingVerb: string;
}

/** A person counted in `users`, with what decides their breakdown cells. */
export interface UserRow extends Demographics {
  person: string;
  /** The year of their first qualifying statement in the period: their age is taken then. */
  eventYear: number;
}

/** A (person, course) pair's first ever statement of a role, where it falls in the period. */
export interface FirstEventRow extends Demographics {
  person: string;
  course: string;
  statementId: string;
  eventYear: number;
  format: string;
}

/** One statement that made a person a user, as the evidence sheet lists it. */
export interface UserStatementRow {
  person: string;
  statementId: string;
  /** The statement's local date in the reporting time zone, YYYY-MM-DD. */
  date: string;
}

/** Rows fetched per round trip when a result is read through a cursor. */
const CURSOR_BATCH = 2_000;

/**
 * The statements behind a snapshot's counted values (spec section 7). Built
 * from the raw statements with the same fragments the facts use, so the
 * evidence is an independent derivation that must arrive at the same counts.
 */
@Injectable()
export class EvidenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every person of `users`, in person order. */
  users(scope: EvidenceScope): Promise<UserRow[]> {
    const parameters = new SqlParameters();
    const qualifying = qualifyingStatements(scope, parameters);
    return this.dataSource.query(
      `WITH qualifying AS (${qualifying}),
       counted AS (
         SELECT ${PERSON('q')} AS person, p.person_id, min(q.local_date) AS first_day
         FROM qualifying q LEFT JOIN person_identifiers p USING (actor_key)
         GROUP BY 1, 2
       )
       SELECT u.person, ${DEMOGRAPHICS_OF('r')},
              extract(year FROM u.first_day)::int AS "eventYear"
       FROM counted u LEFT JOIN persons r ON r.person_id = u.person_id
       ORDER BY u.person COLLATE "C"`,
      parameters.values,
    );
  }

  /** The ids of the statements that made each of `persons` a user, oldest first. */
  async userStatements(scope: EvidenceScope, persons: string[]): Promise<Map<string, string[]>> {
    const parameters = new SqlParameters();
    const wanted = parameters.add(persons);
    const qualifying = qualifyingStatements(
      scope,
      parameters,
      // The page's actor keys only, rather than every statement of the period.
      `s.actor_key IN (
         SELECT actor_key FROM person_identifiers WHERE 'person:' || person_id = ANY(${wanted}::text[])
         UNION ALL
         SELECT substr(k, length('actor:') + 1) FROM unnest(${wanted}::text[]) k WHERE k LIKE 'actor:%')`,
    );
    const rows: { person: string; ids: string[] }[] = await this.dataSource.query(
      `WITH qualifying AS (${qualifying})
       SELECT person, array_agg(id ORDER BY timestamp, seq) AS ids
       FROM (SELECT ${PERSON('q')} AS person, q.id::text AS id, q.timestamp, q.seq
             FROM qualifying q LEFT JOIN person_identifiers p USING (actor_key)) x
       WHERE person = ANY(${wanted}::text[])
       GROUP BY person`,
      parameters.values,
    );
    return new Map(rows.map((row) => [row.person, row.ids]));
  }

  /**
   * Every person of `users` as `users()` finds them, in the same order, read
   * through a cursor in batches so that no more than one batch is held.
   */
  usersInBatches(scope: EvidenceScope, batch = CURSOR_BATCH): AsyncGenerator<UserRow[]> {
    const parameters = new SqlParameters();
    const qualifying = qualifyingStatements(scope, parameters);
    return this.inBatches<UserRow>(
      `WITH qualifying AS (${qualifying}),
       counted AS (
         SELECT ${PERSON('q')} AS person, p.person_id, min(q.local_date) AS first_day
         FROM qualifying q LEFT JOIN person_identifiers p USING (actor_key)
         GROUP BY 1, 2
       )
       SELECT u.person, ${DEMOGRAPHICS_OF('r')},
              extract(year FROM u.first_day)::int AS "eventYear"
       FROM counted u LEFT JOIN persons r ON r.person_id = u.person_id
       ORDER BY u.person COLLATE "C"`,
      parameters.values,
      batch,
    );
  }

  /**
   * Every statement that made a person a user: persons in the order of
   * `users()`, each one's statements oldest first, as `userStatements()`
   * lists them. Read through a cursor: a million rows stream in batches.
   */
  userStatementsInBatches(
    scope: EvidenceScope,
    batch = CURSOR_BATCH,
  ): AsyncGenerator<UserStatementRow[]> {
    const parameters = new SqlParameters();
    const qualifying = qualifyingStatements(scope, parameters);
    return this.inBatches<UserStatementRow>(
      `WITH qualifying AS (${qualifying})
       SELECT ${PERSON('q')} AS person, q.id::text AS "statementId",
              to_char(q.local_date, 'YYYY-MM-DD') AS date
       FROM qualifying q LEFT JOIN person_identifiers p USING (actor_key)
       ORDER BY ${PERSON('q')} COLLATE "C", q.timestamp, q.seq`,
      parameters.values,
      batch,
    );
  }

  /**
   * A query's rows in batches through a server-side cursor, in one
   * repeatable-read transaction so every batch sees the same data. Stopping
   * early (a failed export) closes the cursor and frees the connection.
   */
  private async *inBatches<T>(sql: string, values: unknown[], batch: number): AsyncGenerator<T[]> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query(`DECLARE evidence_rows NO SCROLL CURSOR FOR ${sql}`, values);
      for (;;) {
        // The runner's own manager: the FETCH must run on the connection that holds the cursor.
        const rows: T[] = await runner.manager.query(`FETCH ${batch} FROM evidence_rows`);
        if (rows.length > 0) yield rows;
        if (rows.length < batch) break;
      }
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }

  /**
   * The (person, course) pairs whose first ever statement with one of
   * `verbs` falls in the period, on a course that passes the filters: first
   * ever by timestamp among the counting statements stored up to the cut-off.
   */
  firstEvents(scope: EvidenceScope, verbs: readonly string[]): Promise<FirstEventRow[]> {
    const parameters = new SqlParameters();
    const cutoff = parameters.add(scope.cutoff);
    const voided = parameters.add(scope.voidingVerb);
    const roleVerbs = parameters.add(verbs);
    const timeZone = parameters.add(scope.timeZone);
    const from = parameters.add(scope.period.from);
    const to = parameters.add(scope.period.to);
    return this.dataSource.query(
      `WITH candidates AS (
         SELECT ${PERSON('s')} AS person, p.person_id, a.course_id, s.timestamp, s.seq, s.id
         FROM statements s
         LEFT JOIN person_identifiers p USING (actor_key)
         CROSS JOIN LATERAL (${COURSE_OF('s')}) a
         WHERE ${COUNTING_AT('s', voided, cutoff)} AND s.verb_id = ANY(${roleVerbs}::text[])
           AND a.course_id IS NOT NULL
       ),
       firsts AS (
         SELECT DISTINCT ON (person, course_id) person, person_id, course_id, timestamp, id
         FROM candidates
         ORDER BY person, course_id, timestamp, seq
       )
       SELECT f.person, f.course_id AS course, f.id::text AS "statementId",
              extract(year FROM (f.timestamp AT TIME ZONE ${timeZone})::date)::int AS "eventYear",
              coalesce(c.format, 'uncatalogued') AS format, ${DEMOGRAPHICS_OF('r')}
       FROM firsts f
       LEFT JOIN persons r ON r.person_id = f.person_id
       LEFT JOIN courses c ON c.activity_id = f.course_id
       WHERE (f.timestamp AT TIME ZONE ${timeZone})::date BETWEEN ${from} AND ${to}
         AND ${courseMatches('f.course_id', scope.filters, parameters)}
       ORDER BY f.person COLLATE "C", f.course_id COLLATE "C"`,
      parameters.values,
    );
  }
}

/**
 * The counting statements stored up to the cut-off whose local date is in
 * the period and, when a course filter is set, whose course passes it.
 */
function qualifyingStatements(
  scope: EvidenceScope,
  parameters: SqlParameters,
  narrowing = 'TRUE',
): string {
  const cutoff = parameters.add(scope.cutoff);
  const voided = parameters.add(scope.voidingVerb);
  const timeZone = parameters.add(scope.timeZone);
  const from = parameters.add(scope.period.from);
  const to = parameters.add(scope.period.to);
  const course = hasCourseFilter(scope.filters)
    ? `EXISTS (SELECT 1 FROM (${COURSE_OF('s')}) a
               WHERE ${courseMatches("coalesce(a.course_id, '')", scope.filters, parameters)})`
    : 'TRUE';
  return `SELECT s.seq, s.id, s.actor_key, s.timestamp,
                 (s.timestamp AT TIME ZONE ${timeZone})::date AS local_date
          FROM statements s
          WHERE ${COUNTING_AT('s', voided, cutoff)}
            AND (s.timestamp AT TIME ZONE ${timeZone})::date BETWEEN ${from} AND ${to}
            AND ${course} AND ${narrowing}`;
}
