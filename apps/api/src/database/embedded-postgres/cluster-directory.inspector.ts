import { readdir, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres.error.js';

export type ClusterState = 'initialised' | 'absent';

/**
 * initdb builds the cluster elsewhere and it is renamed into place only when
 * complete, so PG_VERSION here means a usable cluster.
 */
export async function inspectClusterDirectory(clusterDir: string): Promise<ClusterState> {
  let entries: string[];
  try {
    if (!(await stat(clusterDir)).isDirectory())
      throw notACluster(clusterDir, 'is not a directory');
    entries = await readdir(clusterDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw error;
  }
  if (entries.includes('PG_VERSION')) return 'initialised';
  if (entries.length === 0) {
    await rmdir(clusterDir);
    return 'absent';
  }
  throw notACluster(clusterDir, 'is not empty but holds no Postgres cluster (no PG_VERSION)');
}

function notACluster(clusterDir: string, problem: string): EmbeddedPostgresError {
  return new EmbeddedPostgresError(
    'cluster-dir-invalid',
    `${clusterDir} ${problem}. Move it out of the way (it is not deleted automatically) ` +
      `or set FITA_DATA_DIR to another directory than ${path.dirname(clusterDir)}.`,
  );
}
