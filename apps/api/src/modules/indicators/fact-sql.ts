import type { Queryable } from '../../database/analytic-queries.js';
// SQL fragments the fact refresh and the figures share, so both read the
// same statements the same way (spec sections 1 to 3).

/** The one row of indicator_watermarks the facts keep. */
export const WATERMARK = 'facts';

/**
 * The person behind an actor key (spec section 2): the registry's person when
 * it lists the key (joined as `p`), else the key itself; prefixed so the two
 * kinds of id can never be equal by accident.
 */
export const PERSON = (days: string) =>
  `coalesce('person:' || p.person_id, 'actor:' || ${days}.actor_key)`;

/**
 * The course a statement counts for (spec section 3, as attributeCourse in
 * libs/metrics): the object if catalogued, else the first catalogued parent,
 * then grouping, else the object itself if it is an Activity (uncatalogued).
 */
export const COURSE_OF = (alias: string) => {
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
export const DEMOGRAPHICS_OF = (alias: string) =>
  `${alias}.sex, ${alias}.birth_year AS "birthYear", ${alias}.isced_level AS "iscedLevel",
   ${alias}.employment_status AS "employmentStatus", ${alias}.municipality, ${alias}.district`;

/** A statement the facts have consumed: it has left the inbox. */
export const PROCESSED = (alias: string) =>
  `NOT EXISTS (SELECT 1 FROM statement_inbox i WHERE i.seq = ${alias}.seq)`;

/**
 * A statement counts (spec section 1) when its actor is an Agent, it is not a
 * voiding statement, and no processed void names it (`statement_voids`).
 * Facts and provenance both read processed voids only, so they always
 * describe the same set of statements; a void processed later re-derives the
 * facts it touches.
 */
export const COUNTING = (alias: string, voided: string) => `
  ${alias}.actor_type = 'Agent' AND ${alias}.actor_key IS NOT NULL AND ${alias}.verb_id <> ${voided}
  AND NOT EXISTS (SELECT 1 FROM statement_voids x WHERE x.target_id = ${alias}.id)`;

/**
 * COUNTING as it stood at a cut-off (spec section 1): stored by then, and not
 * voided by a void stored by then. Every statement stored by the cut-off has
 * been processed when this is used (the figures refuse a cut-off otherwise),
 * so `statement_voids` holds every void that matters.
 */
export const COUNTING_AT = (alias: string, voided: string, cutoff: string) => `
  ${alias}.stored <= ${cutoff} AND ${alias}.actor_type = 'Agent'
  AND ${alias}.actor_key IS NOT NULL AND ${alias}.verb_id <> ${voided}
  AND NOT EXISTS (
    SELECT 1 FROM statement_voids x WHERE x.target_id = ${alias}.id AND x.void_stored <= ${cutoff}
  )`;

export async function firstRow<T>(
  runner: Queryable,
  sql: string,
  parameters?: unknown[],
): Promise<T> {
  const rows = await runner.query<T[]>(sql, parameters);
  if (rows.length === 0) throw new Error(`expected a row from: ${sql.slice(0, 80)}`);
  return rows[0];
}
