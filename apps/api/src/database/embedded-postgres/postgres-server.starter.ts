import { stat } from 'node:fs/promises';
import type { EmbeddedPostgresLog } from './embedded-postgres.types.js';
import { findFreePort } from './free-port.finder.js';
import { readLogTail } from './log-tail.reader.js';
import type { PgConnectionConfig } from './pg-client.js';
import { launchPostgres, type PostgresProcess } from './postgres-server.launcher.js';
import { shutdownPostgres } from './postgres-shutdown.helper.js';
import { waitForServer } from './server-readiness.waiter.js';
import type { ServerUser } from './server-user.resolver.js';

const READY_TIMEOUT_MS = 30_000;
// A free port can be taken by someone else between picking it and postgres binding it.
const PORT_ATTEMPTS = 3;

export interface ServerStartOptions {
  postgres: string;
  clusterDir: string;
  user: ServerUser;
  /** Connection settings for the readiness check, without the port. */
  connection: Omit<PgConnectionConfig, 'port'>;
  logFd: number;
  logPath: string;
  log: EmbeddedPostgresLog;
}

/** Starts postgres on a free port and resolves once it answers queries. */
export async function startServerOnFreePort(
  options: ServerStartOptions,
): Promise<{ server: PostgresProcess; port: number }> {
  const { postgres, clusterDir, user, logFd, logPath } = options;
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort();
    const logOffset = (await stat(logPath)).size;
    const server = launchPostgres({ postgres, clusterDir, port, user, logFd });
    try {
      await waitForServer({
        server,
        connection: { ...options.connection, port },
        logPath,
        logOffset,
        timeoutMs: READY_TIMEOUT_MS,
      });
      return { server, port };
    } catch (error) {
      // Gave up waiting: do not leave a half-started server behind.
      await shutdownPostgres(server, options.log).catch(() => undefined);
      const lostPortRace = /Address already in use/.test(await readLogTail(logPath, logOffset));
      if (!lostPortRace || attempt >= PORT_ATTEMPTS) throw error;
      options.log('warn', `Port ${port} was taken before Postgres could bind it; trying another`);
    }
  }
}
