import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Period } from '@fita/metrics';
import { analyticLoad, analyticSnapshot, type Queryable } from '../../database/analytic-queries.js';
import type { CountedGroup, FlowGroup } from './breakdowns.js';
import {
  COUNTING,
  COUNTING_AT,
  COURSE_OF,
  DEMOGRAPHICS_OF,
  PROCESSED,
  WATERMARK,
  firstRow,
} from './fact-sql.js';
import {
  SqlParameters,
  courseMatches,
  scopedFacts,
  unrestricted,
  type FactScope,
} from './fact-scope-sql.js';
import { hasCourseFilter } from './indicator-query.js';

export interface FactState {
  /** The highest seq the facts include. */
  lastSeq: string;
  statementsProcessed: number;
  /** Statements stored but not yet in the facts. */
  pending: number;
  /** When the facts last changed: a rebuild may end at the same counts with different facts. */
  factsUpdatedAt: string;
  /** The versions of the registry, catalogue and restrictions the figures also read. */
  versions: string;
  /** Whether any restriction is active (ADR 0013): live analytics then leave persons out. */
  restricting: boolean;
}

export interface Totals {
  users: number;
  enrolments: number;
  completions: number;
  completers: number;
}

export interface CourseTotalsRow {
  courseId: string;
  /** Null for a course outside the catalogue. */
  title: string | null;
  format: string | null;
  programme: string | null;
  users: number;
  enrolments: number;
  completions: number;
}

export interface Provenance {
  statementCount: number;
  fingerprint: string;
}

/**
 * Where the facts stand, read in one snapshot: statements consumed, still
 * waiting in the inbox (their sum is every stored statement, without
 * counting the statements table), and the versions of the registry and
 * catalogue the figures also read.
 */
async function readState(db: Queryable): Promise<FactState> {
  const row = await firstRow<{
    last_seq: string | null;
    processed: string | null;
    pending: number;
    facts_updated_at: string;
    versions: string;
    restricting: boolean;
  }>(
    db,
    `SELECT w.last_seq::text, w.statements_processed::text AS processed,
            (SELECT count(*)::int FROM statement_inbox) AS pending,
            coalesce(w.updated_at::text, '') AS facts_updated_at,
            coalesce(w.catalogue_version, '') || '|' || coalesce(
              (SELECT string_agg(name || '=' || version, ',' ORDER BY name) FROM data_versions),
              '') AS versions,
            EXISTS (SELECT 1 FROM privacy_requests
                    WHERE kind = 'restriction' AND status = 'active') AS restricting
     FROM (SELECT 1) one
     LEFT JOIN indicator_watermarks w ON w.name = $1`,
    [WATERMARK],
  );
  return {
    lastSeq: row.last_seq ?? '0',
    statementsProcessed: Number(row.processed ?? 0),
    pending: row.pending,
    factsUpdatedAt: row.facts_updated_at,
    versions: row.versions,
    restricting: row.restricting,
  };
}

/** The read side of the indicator facts: figures, freshness and provenance. */
@Injectable()
export class IndicatorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Where the facts stand now (see `readState`). */
  state(): Promise<FactState> {
    return readState(this.dataSource);
  }

  /** The `stored` instant of the newest statement the facts include, or null. */
  async storedAt(seq: string): Promise<Date | null> {
    const rows: { stored: Date }[] = await this.dataSource.query(
      `SELECT stored FROM statements WHERE seq <= $1 ORDER BY seq DESC LIMIT 1`,
      [seq],
    );
    return rows[0]?.stored ?? null;
  }

  /** How many statements stored at or before the cut-off the facts have not consumed yet. */
  async unprocessedUpTo(cutoff: Date): Promise<number> {
    const row = await firstRow<{ n: number }>(
      this.dataSource,
      `SELECT count(*)::int AS n FROM statement_inbox i JOIN statements s USING (seq)
       WHERE s.stored <= $1`,
      [cutoff],
    );
    return row.n;
  }

  /**
   * The reads of one answer, all from one snapshot of the database and on
   * one of the connections analytic queries may hold (`analyticSnapshot`).
   */
  inSnapshot<T>(work: (facts: FactSnapshot) => Promise<T>): Promise<T> {
    return analyticSnapshot(this.dataSource, (db) => work(new FactSnapshot(db)));
  }

  /** Analytic queries of this process running and waiting (for a slow reader's log). */
  analyticLoad(): { active: number; queued: number } {
    return analyticLoad(this.dataSource);
  }
}

/** The fact queries of one answer, on a connection that sees one snapshot. */
export class FactSnapshot {
  constructor(private readonly db: Queryable) {}

  /** Where the facts stand in this snapshot. */
  state(): Promise<FactState> {
    return readState(this.db);
  }

  /**
   * Spec section 5: the persons with activity in the period, and the
   * (person, course) pairs whose first ever enrolment, or completion, falls
   * in it, with the persons of those completions.
   */
  async totals(scope: FactScope, period: Period): Promise<Totals> {
    const parameters = new SqlParameters();
    const { ctes, from, to } = scopedFacts(scope, period, parameters);
    return firstRow(
      this.db,
      `WITH ${ctes}
       SELECT (SELECT count(DISTINCT person) FROM period_days)::int AS users, flows.*
       FROM (
         SELECT count(*) FILTER (WHERE role = 'enrolment')::int AS enrolments,
                count(*) FILTER (WHERE role = 'completion')::int AS completions,
                count(DISTINCT person) FILTER (WHERE role = 'completion')::int AS completers
         FROM person_firsts WHERE first_date BETWEEN ${from} AND ${to}
       ) flows`,
      parameters.values,
    );
  }

  /**
   * The users of a period grouped by what the registry says of them and the
   * year of their first day in the period on a matching course (their age is
   * taken then, spec section 5). An actor key not in the registry is a person
   * with no demographics.
   */
  async usersByDemographics(scope: FactScope, period: Period): Promise<CountedGroup[]> {
    const parameters = new SqlParameters();
    const { ctes } = scopedFacts(scope, period, parameters);
    return this.db.query(
      `WITH ${ctes},
       users AS (
         SELECT person, person_id, min(activity_date) AS first_day FROM period_days GROUP BY 1, 2
       )
       SELECT ${DEMOGRAPHICS_OF('r')},
              extract(year FROM u.first_day)::int AS "eventYear", count(*)::int AS count
       FROM users u LEFT JOIN persons r ON r.person_id = u.person_id
       GROUP BY 1, 2, 3, 4, 5, 6, 7`,
      parameters.values,
    );
  }

  /**
   * The (person, course) pairs whose first ever enrolment or completion falls
   * in the period, grouped by role, the person's demographics, the year of
   * that first ever (their age is taken then) and the course's format.
   */
  async flowsByDemographics(
    scope: FactScope,
    period: Period,
  ): Promise<(FlowGroup & { role: 'enrolment' | 'completion' })[]> {
    const parameters = new SqlParameters();
    const { ctes, from, to } = scopedFacts(scope, period, parameters);
    return this.db.query(
      `WITH ${ctes}
       SELECT x.role, ${DEMOGRAPHICS_OF('r')},
              extract(year FROM x.first_date)::int AS "eventYear",
              coalesce(c.format, 'uncatalogued') AS format, count(*)::int AS count
       FROM person_firsts x
       LEFT JOIN persons r ON r.person_id = x.person_id
       LEFT JOIN courses c ON c.activity_id = x.course_id
       WHERE x.first_date BETWEEN ${from} AND ${to}
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
      parameters.values,
    );
  }

  /**
   * The totals of every month or year of the period, each counted as its own
   * period (a person active in two months is a user of both). Buckets with
   * nothing are absent; the start of each bucket names it.
   */
  async totalsByInterval(
    scope: FactScope,
    period: Period,
    interval: 'month' | 'year',
  ): Promise<(Totals & { bucket: string })[]> {
    const parameters = new SqlParameters();
    const { ctes, from, to } = scopedFacts(scope, period, parameters);
    const unit = parameters.add(interval);
    return this.db.query(
      `WITH ${ctes},
       users AS (
         SELECT date_trunc(${unit}, activity_date)::date AS bucket, count(DISTINCT person)::int AS users
         FROM period_days GROUP BY 1
       ),
       flows AS (
         SELECT date_trunc(${unit}, first_date)::date AS bucket,
                count(*) FILTER (WHERE role = 'enrolment')::int AS enrolments,
                count(*) FILTER (WHERE role = 'completion')::int AS completions,
                count(DISTINCT person) FILTER (WHERE role = 'completion')::int AS completers
         FROM person_firsts WHERE first_date BETWEEN ${from} AND ${to} GROUP BY 1
       )
       SELECT to_char(bucket, 'YYYY-MM-DD') AS bucket, coalesce(users, 0) AS users,
              coalesce(enrolments, 0) AS enrolments, coalesce(completions, 0) AS completions,
              coalesce(completers, 0) AS completers
       FROM users FULL JOIN flows USING (bucket)
       ORDER BY bucket`,
      parameters.values,
    );
  }

  /** The totals of each course with activity or a first ever in the period. */
  async totalsByCourse(scope: FactScope, period: Period): Promise<CourseTotalsRow[]> {
    const parameters = new SqlParameters();
    const { ctes, from, to } = scopedFacts(scope, period, parameters);
    return this.db.query(
      `WITH ${ctes},
       users AS (
         SELECT course_id, count(DISTINCT person)::int AS users
         FROM period_days WHERE course_id <> '' GROUP BY 1
       ),
       flows AS (
         SELECT course_id,
                count(*) FILTER (WHERE role = 'enrolment')::int AS enrolments,
                count(*) FILTER (WHERE role = 'completion')::int AS completions
         FROM person_firsts WHERE first_date BETWEEN ${from} AND ${to} GROUP BY 1
       )
       SELECT course_id AS "courseId", c.title, c.format, c.programme,
              coalesce(users, 0) AS users, coalesce(enrolments, 0) AS enrolments,
              coalesce(completions, 0) AS completions
       FROM users FULL JOIN flows USING (course_id)
       LEFT JOIN courses c ON c.activity_id = course_id
       ORDER BY enrolments DESC, users DESC, course_id COLLATE "C"`,
      parameters.values,
    );
  }

  /**
   * Count and SHA-256 of the sorted, lower-cased ids of the counting
   * statements seen (spec section 9): up to the cut-off (voids too) or, with
   * none, those the facts include; narrowed by the course filters, and for
   * live analytics without restricted persons (ADR 0013). A uuid's
   * text is lower-case hex in byte order, so sorting the uuids themselves
   * (a byte comparison) gives the order of their texts in any locale, and
   * costs less than sorting text. This reads the statements themselves: it
   * is cached by the caller.
   */
  async provenance(scope: FactScope): Promise<Provenance> {
    const parameters = new SqlParameters();
    const voided = parameters.add(scope.voidingVerb);
    const seen =
      scope.cutoff === undefined
        ? `${PROCESSED('s')} AND ${COUNTING('s', voided)}`
        : COUNTING_AT('s', voided, parameters.add(scope.cutoff));
    const filtered = hasCourseFilter(scope.filters)
      ? `AND EXISTS (SELECT 1 FROM (${COURSE_OF('s')}) a
                     WHERE ${courseMatches("coalesce(a.course_id, '')", scope.filters, parameters)})`
      : '';
    const result = await firstRow<{ n: number; fingerprint: string }>(
      this.db,
      `SELECT count(*)::int AS n,
              encode(sha256(convert_to(coalesce(string_agg(s.id::text, E'\\n' ORDER BY s.id), ''), 'UTF8')), 'hex') AS fingerprint
       FROM statements s WHERE ${seen} ${filtered} ${unrestricted(scope, 's.actor_key')}`,
      parameters.values,
    );
    return { statementCount: result.n, fingerprint: result.fingerprint };
  }
}
