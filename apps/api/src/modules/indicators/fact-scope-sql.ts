// The facts visible to one question: at its cut-off, narrowed by its course
// filters (spec sections 1 and 5). Every figure query starts from these CTEs,
// so totals, breakdowns, series and the course table can never disagree.
import type { Period } from '@fita/metrics';
import { COUNTING_AT, COURSE_OF, PERSON } from './fact-sql.js';
import type { CourseFilters } from './indicator-query.js';

export interface FactScope {
  filters: CourseFilters;
  /** Absent: every fact (the figures as of the watermark). */
  cutoff?: Date;
  timeZone: string;
  voidingVerb: string;
  enrolmentVerbs: readonly string[];
  completionVerbs: readonly string[];
  /**
   * Leave out the actor keys of restricted persons (`restricted_actor_keys`,
   * ADR 0013). Set only for live analytics while a restriction is active,
   * so the SQL of every other question is what it was without one.
   */
  excludeRestricted?: boolean;
}

/** The anti-join that leaves a restricted person's facts or statements out. */
export function unrestricted(
  scope: Pick<FactScope, 'excludeRestricted'>,
  actorKey: string,
): string {
  return scope.excludeRestricted === true
    ? `AND NOT EXISTS (SELECT 1 FROM restricted_actor_keys r WHERE r.actor_key = ${actorKey})`
    : '';
}

/** Positional parameters, numbered as fragments are composed. */
export class SqlParameters {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Whether the course in `column` (`''`: none) passes the filters. */
export function courseMatches(
  column: string,
  filters: CourseFilters,
  parameters: SqlParameters,
): string {
  const conditions: string[] = [];
  if (filters.course !== undefined) {
    conditions.push(`${column} = ${parameters.add(filters.course)}`);
  }
  if (filters.format === 'uncatalogued') {
    conditions.push(
      `${column} <> '' AND NOT EXISTS (SELECT 1 FROM courses c WHERE c.activity_id = ${column})`,
    );
    // A course outside the catalogue has no programme.
    if (filters.programme !== undefined) conditions.push('FALSE');
  } else if (filters.format !== undefined || filters.programme !== undefined) {
    const catalogue = [`c.activity_id = ${column}`];
    if (filters.format !== undefined)
      catalogue.push(`c.format = ${parameters.add(filters.format)}`);
    if (filters.programme !== undefined) {
      catalogue.push(`c.programme = ${parameters.add(filters.programme)}`);
    }
    conditions.push(`EXISTS (SELECT 1 FROM courses c WHERE ${catalogue.join(' AND ')})`);
  }
  return conditions.length > 0 ? conditions.join(' AND ') : 'TRUE';
}

/**
 * CTEs `visible_days (activity_date, actor_key, course_id)` and
 * `visible_firsts (actor_key, course_id, role, first_date)`: the facts as
 * they stood at the cut-off. Facts stored after it are left out by their
 * `first_stored`; statements whose void was stored after it are facts then
 * and are added back (`restored`), found through the few voids stored later
 * (`statement_voids`).
 */
function visibleFacts(scope: FactScope, parameters: SqlParameters): string {
  if (scope.cutoff === undefined) {
    return `visible_days AS (SELECT activity_date, actor_key, course_id FROM actor_activity_days),
      visible_firsts AS (SELECT actor_key, course_id, role, first_date FROM actor_course_firsts)`;
  }
  const cutoff = parameters.add(scope.cutoff);
  const voided = parameters.add(scope.voidingVerb);
  const timeZone = parameters.add(scope.timeZone);
  const enrolment = parameters.add(scope.enrolmentVerbs);
  const completion = parameters.add(scope.completionVerbs);
  return `restored AS (
      SELECT t.actor_key, coalesce(a.course_id, '') AS course_id,
             (t.timestamp AT TIME ZONE ${timeZone})::date AS activity_date,
             CASE WHEN t.verb_id = ANY(${enrolment}::text[]) THEN 'enrolment'
                  WHEN t.verb_id = ANY(${completion}::text[]) THEN 'completion' END AS role
      FROM statements t
      CROSS JOIN LATERAL (${COURSE_OF('t')}) a
      WHERE t.id IN (SELECT target_id FROM statement_voids WHERE void_stored > ${cutoff})
        AND ${COUNTING_AT('t', voided, cutoff)}
    ),
    visible_days AS (
      SELECT activity_date, actor_key, course_id FROM actor_activity_days
      WHERE first_stored <= ${cutoff}
      UNION ALL
      SELECT activity_date, actor_key, course_id FROM restored
    ),
    visible_firsts AS (
      SELECT actor_key, course_id, role, first_date FROM actor_course_firsts
      WHERE first_stored <= ${cutoff}
      UNION ALL
      SELECT actor_key, course_id, role, activity_date FROM restored
      WHERE role IS NOT NULL AND course_id <> ''
    )`;
}

/**
 * Adds to the visible facts, as CTEs:
 * - `period_days (person, person_id, activity_date, course_id)`: persons'
 *   activity days in the period on matching courses;
 * - `person_firsts (person, person_id, course_id, role, first_date)`: each
 *   (person, matching course, role)'s first ever, over all time (a first is
 *   first ever, whatever the period asked).
 * and returns the placeholders of the period's ends for the caller's own
 * conditions (`first_date BETWEEN from AND to`).
 */
export function scopedFacts(
  scope: FactScope,
  period: Period,
  parameters: SqlParameters,
): { ctes: string; from: string; to: string } {
  const visible = visibleFacts(scope, parameters);
  const from = parameters.add(period.from);
  const to = parameters.add(period.to);
  const ctes = `${visible},
    period_days AS (
      SELECT ${PERSON('d')} AS person, p.person_id, d.activity_date, d.course_id
      FROM visible_days d LEFT JOIN person_identifiers p USING (actor_key)
      WHERE d.activity_date BETWEEN ${from} AND ${to}
        AND ${courseMatches('d.course_id', scope.filters, parameters)}
        ${unrestricted(scope, 'd.actor_key')}
    ),
    person_firsts AS (
      SELECT ${PERSON('f')} AS person, p.person_id, f.course_id, f.role,
             min(f.first_date) AS first_date
      FROM visible_firsts f LEFT JOIN person_identifiers p USING (actor_key)
      WHERE ${courseMatches('f.course_id', scope.filters, parameters)}
        ${unrestricted(scope, 'f.actor_key')}
      GROUP BY 1, 2, 3, 4
    )`;
  return { ctes, from, to };
}
