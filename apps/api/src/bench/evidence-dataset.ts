import pg from 'pg';

/** Statements per actor: a person comes back this many times over the two years. */
const STATEMENTS_PER_ACTOR = 10;

export interface EvidenceDataset {
  statements: number;
  actors: number;
  /** Persons the evidence finds: the `users` value the evidence sheet must reproduce. */
  users: number;
  seconds: number;
}

export const EVIDENCE_PERIOD = { from: '2019-01-01', to: '2020-12-31' };

/**
 * `statements` counting statements in a migrated database, as the evidence
 * query reads them: ten per actor spread over 2019-2020, every other actor
 * listed in the learner registry (so both kinds of pseudonymous id appear).
 * Written with INSERT ... SELECT: what is measured is reading them back out.
 */
export async function loadEvidenceDataset(
  databaseUrl: string,
  statements: number,
): Promise<EvidenceDataset> {
  const started = performance.now();
  const actors = Math.ceil(statements / STATEMENTS_PER_ACTOR);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO statements (id, actor_key, actor_type, verb_id, object_type, object_id,
         timestamp, stored, credential_id, payload)
       SELECT gen_random_uuid(), 'sha1:' || md5((n % $2)::text), 'Agent',
              'http://adlnet.gov/expapi/verbs/launched', 'Activity',
              'https://lms.bench.example.org/courses/' || (n % 40),
              t, t, '00000000-0000-4000-8000-000000000000', '{}'::jsonb
       FROM generate_series(0, $1 - 1) n,
            LATERAL (SELECT timestamptz '2019-01-01 08:00:00+00'
                            + ((n::bigint * 7919) % 729) * interval '1 day'
                            + (n % 600) * interval '1 minute' AS t) s`,
      [statements, actors],
    );
    await client.query(
      `INSERT INTO persons (person_id, sex, birth_year, isced_level, employment_status,
         municipality, updated_at)
       SELECT 'P' || a, (ARRAY['woman', 'man', 'non_binary', NULL])[1 + a % 4],
              1950 + a % 55, a % 9,
              (ARRAY['employed', 'unemployed', 'inactive', 'student', NULL])[1 + a % 5],
              'Barcelona', now()
       FROM generate_series(0, $1 - 1, 2) a`,
      [actors],
    );
    await client.query(
      `INSERT INTO person_identifiers (actor_key, person_id)
       SELECT 'sha1:' || md5(a::text), 'P' || a FROM generate_series(0, $1 - 1, 2) a`,
      [actors],
    );
    await client.query('ANALYZE statements; ANALYZE person_identifiers; ANALYZE persons');
  } finally {
    await client.end();
  }
  return { statements, actors, users: actors, seconds: (performance.now() - started) / 1000 };
}
