import fs from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from './repo-root.js';

/**
 * The process environment, completed from `.env` at the repository root when
 * there is one. Variables already set win, so a deployment's own environment
 * is never overridden by a file left on disk.
 */
export function readEnvironment(): NodeJS.ProcessEnv {
  const file = path.join(findRepoRoot(), '.env');
  if (fs.existsSync(file)) process.loadEnvFile(file);
  return process.env;
}
