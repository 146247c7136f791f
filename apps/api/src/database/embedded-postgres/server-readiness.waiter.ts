import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedPostgresError } from './embedded-postgres.error.js';
import { describeLogTail, readLogTail } from './log-tail.reader.js';
import { withPgClient, type PgConnectionConfig, type PgError } from './pg-client.js';
import type { PostgresProcess } from './postgres-server.launcher.js';

export interface ReadinessOptions {
  server: PostgresProcess;
  connection: PgConnectionConfig;
  logPath: string;
  /** Size of postgres.log before this start, so only this start's lines are shown. */
  logOffset: number;
  timeoutMs: number;
}

const RETRY_MS = 50;
// Wrong password or no such role: waiting longer cannot fix these.
const PERMANENT_SQLSTATES = new Set(['28P01', '28000']);

/** Resolves once a real query succeeds, rejects if the server exits or the time runs out. */
export async function waitForServer(options: ReadinessOptions): Promise<void> {
  const { server, connection, timeoutMs } = options;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    const status = server.exitStatus();
    if (status) throw await startFailure(options, `Postgres exited during start-up (${status})`);
    try {
      await withPgClient(
        {
          ...connection,
          connectionTimeoutMillis: Math.max(500, Math.min(2_000, deadline - Date.now())),
        },
        (client) => client.query('SELECT 1'),
      );
      return;
    } catch (error) {
      lastError = error;
      const code = (error as PgError).code;
      if (code && PERMANENT_SQLSTATES.has(code)) {
        throw await startFailure(
          options,
          `Postgres rejected user "${connection.user}" (${(error as Error).message}); the password in ` +
            'postgres.password no longer matches the cluster',
          error,
        );
      }
    }
    if (Date.now() >= deadline) {
      const reason = lastError instanceof Error ? lastError.message : String(lastError);
      throw await startFailure(
        options,
        `Postgres did not accept connections on 127.0.0.1:${connection.port} within ` +
          `${timeoutMs / 1000} s (last error: ${reason})`,
        lastError,
      );
    }
    await sleep(RETRY_MS);
  }
}

async function startFailure(
  options: ReadinessOptions,
  reason: string,
  cause?: unknown,
): Promise<EmbeddedPostgresError> {
  const tail = await readLogTail(options.logPath, options.logOffset);
  return new EmbeddedPostgresError(
    'start-failed',
    `${reason}.${describeLogTail(options.logPath, tail)}`,
    {
      cause,
    },
  );
}
