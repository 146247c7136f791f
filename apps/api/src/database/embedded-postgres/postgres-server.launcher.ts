import { spawn, type ChildProcess } from 'node:child_process';
import type { ShutdownTarget } from './postgres-shutdown.helper.js';
import { serverEnvironment } from './server-environment.factory.js';
import type { ServerUser } from './server-user.resolver.js';

export interface PostgresLaunchOptions {
  postgres: string;
  clusterDir: string;
  port: number;
  user: ServerUser;
  /** Open append-mode descriptor of postgres.log; the child keeps its own copy. */
  logFd: number;
}

export interface PostgresProcess extends ShutdownTarget {
  readonly child: ChildProcess;
  /** Undefined while running; otherwise how it ended, e.g. "exit code 1". */
  exitStatus(): string | undefined;
}

export function launchPostgres(options: PostgresLaunchOptions): PostgresProcess {
  const args = [
    '-D',
    options.clusterDir,
    '-p',
    String(options.port),
    '-c',
    'listen_addresses=127.0.0.1',
    // No socket files: nothing to clean up, and no dependency on /var/run/postgresql.
    '-c',
    'unix_socket_directories=',
  ];
  const child = spawn(options.postgres, args, {
    cwd: options.clusterDir,
    env: serverEnvironment(),
    stdio: ['ignore', options.logFd, options.logFd],
    ...(options.user.isCurrent ? {} : { uid: options.user.uid, gid: options.user.gid }),
  });
  let status: string | undefined;
  child.once('error', (error) => {
    status ??= `could not be started (${error.message})`;
  });
  child.once('exit', (code, signal) => {
    status ??= signal ? `killed by ${signal}` : `exit code ${code}`;
  });
  // A failed spawn has no pid; it is never signalled because it has already "exited".
  const pid = child.pid ?? 0;
  return {
    pid,
    child,
    description: `embedded Postgres (PID ${pid})`,
    exitStatus: () => status,
    hasExited: () => status !== undefined,
  };
}
