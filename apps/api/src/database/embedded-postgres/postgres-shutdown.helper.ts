import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedPostgresError } from './embedded-postgres.error.js';
import type { EmbeddedPostgresLog } from './embedded-postgres.types.js';

export interface ShutdownTarget {
  pid: number;
  /** Used in log and error messages, e.g. "embedded Postgres (PID 123)". */
  description: string;
  hasExited(): boolean | Promise<boolean>;
}

export interface ShutdownTimings {
  /** How long fast shutdown (SIGINT) may take before immediate shutdown (SIGQUIT). */
  fastMs: number;
  /** How long each later signal may take before the next one. */
  escalationMs: number;
}

const DEFAULT_TIMINGS: ShutdownTimings = { fastMs: 15_000, escalationMs: 5_000 };
const POLL_MS = 25;

/**
 * Fast shutdown first (rolls back sessions, checkpoints, removes postmaster.pid);
 * immediate shutdown if that hangs; SIGKILL only as a last resort, since it
 * leaves backends behind until they notice their postmaster is gone.
 */
export async function shutdownPostgres(
  target: ShutdownTarget,
  log: EmbeddedPostgresLog,
  timings: ShutdownTimings = DEFAULT_TIMINGS,
): Promise<void> {
  const steps: Array<[NodeJS.Signals, number]> = [
    ['SIGINT', timings.fastMs],
    ['SIGQUIT', timings.escalationMs],
    ['SIGKILL', timings.escalationMs],
  ];
  if (await target.hasExited()) return;
  // kill(0) or kill(-1) would signal a whole process group, or everything.
  if (!Number.isInteger(target.pid) || target.pid <= 1) {
    throw new EmbeddedPostgresError('stop-failed', `Refusing to signal PID ${target.pid}.`);
  }
  let previous: [NodeJS.Signals, number] | undefined;
  for (const step of steps) {
    const [signal, waitMs] = step;
    if (await target.hasExited()) return;
    if (previous) {
      log(
        'warn',
        `${target.description} still running ${previous[1] / 1000} s after ${previous[0]}; sending ${signal}`,
      );
    }
    try {
      process.kill(target.pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
      throw new EmbeddedPostgresError('stop-failed', `Cannot signal ${target.description}.`, {
        cause: error,
      });
    }
    if (await waitForExit(target, waitMs)) return;
    previous = step;
  }
  throw new EmbeddedPostgresError(
    'stop-failed',
    `${target.description} did not exit even after SIGKILL; stop it by hand.`,
  );
}

async function waitForExit(target: ShutdownTarget, waitMs: number): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    if (await target.hasExited()) return true;
    await sleep(POLL_MS);
  }
  return target.hasExited();
}
