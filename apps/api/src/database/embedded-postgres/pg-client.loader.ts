export interface PgConnectionConfig {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  connectionTimeoutMillis?: number;
}

/** The slice of pg's Client used here. */
export interface PgClient {
  connect(): Promise<unknown>;
  query<Row = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: Row[] }>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export type PgClientConstructor = new (config: PgConnectionConfig) => PgClient;

/** pg reports server errors with the SQLSTATE in `code`. */
export interface PgError extends Error {
  code?: string;
}

// pg ships no type declarations and @types/pg is not installed; importing through
// a variable keeps the compiler from demanding them, and the interfaces above
// type the little that is used.
const PG_MODULE = 'pg';

export async function loadPgClient(): Promise<PgClientConstructor> {
  const pg = (await import(PG_MODULE)) as {
    Client?: PgClientConstructor;
    default?: { Client?: PgClientConstructor };
  };
  const Client = pg.Client ?? pg.default?.Client;
  if (!Client) throw new Error('the pg module has no Client export');
  return Client;
}

/** Runs `work` on a fresh connection and always closes it. */
export async function withPgClient<T>(
  config: PgConnectionConfig,
  work: (client: PgClient) => Promise<T>,
): Promise<T> {
  const Client = await loadPgClient();
  const client = new Client(config);
  // Without a listener, an error on an idle connection would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
