import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRepoRoot } from '../../config/repo-root.js';

/**
 * The version in the repository's package.json: what a backup says it was
 * made by. Found from this file, not the working directory, so that the
 * command works from anywhere.
 */
export function fitaVersion(): string {
  try {
    const root = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
