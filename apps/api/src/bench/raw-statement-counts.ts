import type pg from 'pg';
import { getJson, login } from './bench-http.js';

// The bench's own SQL over the raw statements: what the facts are measured and checked against.
const TIME_ZONE = 'Europe/Madrid';
const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

/** Seconds of the baseline: one scan counting distinct actors per local year. */
export async function baselineScan(client: pg.Client): Promise<number> {
  const started = performance.now();
  await client.query(
    `SELECT extract(year FROM s.timestamp AT TIME ZONE $1)::int AS year,
            count(DISTINCT s.actor_key)::int AS users
     FROM statements s
     WHERE s.actor_type = 'Agent' AND NOT s.voided AND s.verb_id <> $2
     GROUP BY 1`,
    [TIME_ZONE, VOIDED],
  );
  return (performance.now() - started) / 1000;
}

/**
 * A correctness check at scale: users per year from the facts (GET
 * /api/indicators/series) against persons per year counted from the raw
 * statements and the registry.
 */
export async function checkUsersPerYear(client: pg.Client, baseUrl: string): Promise<string> {
  try {
    const token = await login(baseUrl);
    const series = await getJson<{ points: { period: string; users: number }[] }>(
      baseUrl,
      token,
      '/api/indicators/series?interval=year&from=2017-01-01&to=2021-12-31',
    );
    const { rows } = await client.query<{ year: number; users: number }>(
      `SELECT extract(year FROM s.timestamp AT TIME ZONE $1)::int AS year,
              count(DISTINCT coalesce('person:' || p.person_id, 'actor:' || s.actor_key))::int AS users
       FROM statements s LEFT JOIN person_identifiers p USING (actor_key)
       WHERE s.actor_type = 'Agent' AND NOT s.voided AND s.verb_id <> $2
       GROUP BY 1`,
      [TIME_ZONE, VOIDED],
    );
    const raw = new Map(rows.map((row) => [String(row.year), row.users]));
    const differences = series.points
      .filter((point) => (raw.get(point.period) ?? 0) !== point.users)
      .map((point) => `${point.period}: facts ${point.users}, raw ${raw.get(point.period) ?? 0}`);
    return differences.length === 0
      ? `users per year agree with the raw statements (${series.points.map((p) => `${p.period} ${p.users}`).join(', ')})`
      : `USERS PER YEAR DIFFER from the raw statements: ${differences.join('; ')}`;
  } catch (error) {
    return `users-per-year check could not run: ${(error as Error).message}`;
  }
}
