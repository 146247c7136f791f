import type { PgConnectionConfig, PgError } from './pg-client.js';
import { withPgClient } from './pg-client.js';
import type { EmbeddedPostgresLog } from './embedded-postgres.types.js';

const DUPLICATE_DATABASE = '42P04';

/** Creates `database` unless it exists; `connection` points at the maintenance database. */
export async function ensureDatabase(
  connection: PgConnectionConfig,
  database: string,
  log: EmbeddedPostgresLog,
): Promise<void> {
  await withPgClient(connection, async (client) => {
    const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rows.length > 0) return;
    try {
      await client.query(`CREATE DATABASE ${quoteIdentifier(database)}`);
      log('info', `Created database "${database}"`);
    } catch (error) {
      if ((error as PgError).code !== DUPLICATE_DATABASE) throw error;
    }
  });
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
