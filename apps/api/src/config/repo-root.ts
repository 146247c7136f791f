import fs from 'node:fs';
import path from 'node:path';

/**
 * The monorepo root (the folder holding nx.json), found from the working
 * directory, so paths work from the root scripts, a workspace script and tests.
 */
export function findRepoRoot(start = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'nx.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
}
