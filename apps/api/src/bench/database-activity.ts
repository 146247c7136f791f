import pg from 'pg';

/** One backend of the database at work, from pg_stat_activity. */
export interface BackendActivity {
  pid: number;
  application: string;
  state: string;
  /** What it waits for (`Lock/relation`, `IO/DataFileRead`...), or null when on a CPU. */
  waitEvent: string | null;
  /** The backends holding the locks it waits for. */
  blockedBy: number[];
  transactionSeconds: number | null;
  querySeconds: number | null;
  query: string;
}

/** Every backend of `databaseUrl`'s database that is not idle, longest transaction first. */
export async function databaseActivity(databaseUrl: string): Promise<BackendActivity[]> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'fita-bench' });
  await client.connect();
  try {
    const { rows } = await client.query<BackendActivity>(
      `SELECT pid, application_name AS application, state,
              CASE WHEN wait_event IS NULL THEN NULL ELSE wait_event_type || '/' || wait_event END
                AS "waitEvent",
              pg_blocking_pids(pid) AS "blockedBy",
              round(extract(epoch FROM now() - xact_start))::int AS "transactionSeconds",
              round(extract(epoch FROM now() - query_start))::int AS "querySeconds",
              left(regexp_replace(query, '\\s+', ' ', 'g'), 200) AS query
       FROM pg_stat_activity
       WHERE datname = current_database() AND state <> 'idle' AND pid <> pg_backend_pid()
       ORDER BY xact_start NULLS LAST`,
    );
    return rows;
  } finally {
    await client.end();
  }
}
