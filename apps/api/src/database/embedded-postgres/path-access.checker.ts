import { spawnSync } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Stats } from 'node:fs';
import { EmbeddedPostgresError } from './embedded-postgres.error.js';
import type { ServerUser } from './server-user.resolver.js';

export interface RequiredPath {
  path: string;
  /** What the path is, for the error message. */
  role: string;
  /** What the operator can do about it, for the error message. */
  remedy: string;
}

/**
 * Fails early, naming the exact directory, when the server user cannot reach a
 * path: otherwise initdb or postgres would die later with a bare EACCES.
 * Only the owner/group/other bits are considered (no ACLs); spawn drops
 * supplementary groups when it switches uid, so the primary group is all that counts.
 */
export async function assertReachableBy(user: ServerUser, required: RequiredPath[]): Promise<void> {
  for (const entry of required) {
    const target = path.resolve(entry.path);
    const chain = ancestorsOf(target).concat(target);
    for (const current of chain) {
      let stats: Stats;
      try {
        stats = await stat(current);
      } catch (error) {
        throw new EmbeddedPostgresError(
          'not-accessible',
          `Cannot stat ${current} (${entry.role}).`,
          {
            cause: error,
          },
        );
      }
      if (!canExecute(stats, user)) {
        const mode = (stats.mode & 0o7777).toString(8).padStart(4, '0');
        throw new EmbeddedPostgresError(
          'not-accessible',
          `Fita runs as root, so the embedded Postgres runs as user "${user.name}" (uid ${user.uid}), ` +
            `which cannot ${stats.isDirectory() ? 'enter' : 'execute'} ${current} ` +
            `(mode ${mode}, owner uid ${stats.uid}), needed for the ${entry.role} ${target}. ` +
            entry.remedy,
        );
      }
    }
  }
}

/** Runs the binary as the server user, which also catches unreadable shared libraries. */
export function assertRunnableBy(user: ServerUser, binary: string): void {
  const result = spawnSync(binary, ['--version'], {
    uid: user.uid,
    gid: user.gid,
    cwd: '/',
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (result.error || result.status !== 0) {
    const detail = result.error?.message ?? (result.stderr || `exit code ${result.status}`).trim();
    throw new EmbeddedPostgresError(
      'not-accessible',
      `User "${user.name}" cannot run ${binary}: ${detail}. Install Fita where that user can read it, ` +
        'run Fita as a non-root user, or set DATABASE_URL.',
    );
  }
}

function ancestorsOf(target: string): string[] {
  const ancestors: string[] = [];
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    ancestors.unshift(dir);
    if (dir === path.dirname(dir)) return ancestors;
  }
}

function canExecute(stats: Stats, user: ServerUser): boolean {
  if (stats.uid === user.uid) return (stats.mode & 0o100) !== 0;
  if (stats.gid === user.gid) return (stats.mode & 0o010) !== 0;
  return (stats.mode & 0o001) !== 0;
}
