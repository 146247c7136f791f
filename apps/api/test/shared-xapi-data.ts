import fs from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '../src/config/repo-root.js';

export interface SharedStatements {
  /** Every statement from files that parse, with the file it came from. */
  statements: { file: string; statement: Record<string, unknown> }[];
  /** Statement files that are not valid JSON (the set holds one on purpose). */
  malformed: { file: string; text: string }[];
}

/**
 * Statements written by other projects (../shared/data/xapi): cmi5 scenario
 * statements and DATASIM output, a file being one statement or an array.
 */
export function loadSharedStatements(): SharedStatements {
  const root = path.resolve(findRepoRoot(), '../shared/data/xapi');
  const files = [
    ...walk(path.join(root, 'cmi5/scenarios')).filter((file) => file.endsWith('_statement.json')),
    ...walk(path.join(root, 'datasim')).filter((file) => file.endsWith('.json')),
  ];
  const result: SharedStatements = { statements: [], malformed: [] };
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      result.malformed.push({ file, text });
      continue;
    }
    for (const statement of Array.isArray(parsed) ? parsed : [parsed]) {
      result.statements.push({
        file: path.relative(root, file),
        statement: statement as Record<string, unknown>,
      });
    }
  }
  return result;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}
