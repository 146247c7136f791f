import pg from 'pg';

export type PgConnectionConfig = pg.ClientConfig;
export type PgClient = pg.Client;

/** pg reports server errors with the SQLSTATE in `code`. */
export interface PgError extends Error {
  code?: string;
}

/** Runs `work` on a fresh connection and always closes it. */
export async function withPgClient<T>(
  config: PgConnectionConfig,
  work: (client: PgClient) => Promise<T>,
): Promise<T> {
  const client = new pg.Client(config);
  // Without a listener, an error on an idle connection would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
