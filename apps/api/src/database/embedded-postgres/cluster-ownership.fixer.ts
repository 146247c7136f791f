import { lchown, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { EmbeddedPostgresLog } from './embedded-postgres.types.js';
import type { ServerUser } from './server-user.resolver.js';

/**
 * Postgres refuses a data directory it does not own; one left by a run under
 * another account (a non-root run before a root one, say) is handed over.
 */
export async function ensureClusterOwnedBy(
  clusterDir: string,
  user: ServerUser,
  log: EmbeddedPostgresLog,
): Promise<void> {
  const owner = await stat(clusterDir);
  if (owner.uid === user.uid && owner.gid === user.gid) return;
  log(
    'warn',
    `Giving ${clusterDir} (owned by uid ${owner.uid}) to user "${user.name}" (uid ${user.uid})`,
  );
  await chownTree(clusterDir, user.uid, user.gid);
}

async function chownTree(target: string, uid: number, gid: number): Promise<void> {
  await lchown(target, uid, gid);
  const entries = await readdir(target, { withFileTypes: true });
  for (const entry of entries) {
    const child = path.join(target, entry.name);
    if (entry.isDirectory()) await chownTree(child, uid, gid);
    else await lchown(child, uid, gid);
  }
}
