import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from './config.js';
import { envSchema, withoutEmptyValues } from './env.schema.js';
import { findRepoRoot } from './repo-root.js';

/**
 * `.env.example` conventions: `## Group` headers; above each key one `# description`
 * line; `KEY=default` for a key that may be written with its default, and
 * `# KEY=` for a key whose default is "unset" and that refuses an empty value.
 */
interface Entry {
  key: string;
  value: string;
  /** Written as `# KEY=`: documented, left unset. */
  commented: boolean;
  line: number;
}

const ASSIGNMENT = /^([A-Z][A-Z0-9_]*)=(.*)$/;
const COMMENTED_ASSIGNMENT = /^#\s*([A-Z][A-Z0-9_]*)=(.*)$/;

const text = fs.readFileSync(path.join(findRepoRoot(), '.env.example'), 'utf8');
const lines = text.split('\n');
const entries: Entry[] = lines.flatMap((raw, index): Entry[] => {
  const line = raw.trim();
  const active = ASSIGNMENT.exec(line);
  if (active) return [{ key: active[1], value: active[2], commented: false, line: index }];
  const commented = COMMENTED_ASSIGNMENT.exec(line);
  if (commented) return [{ key: commented[1], value: commented[2], commented: true, line: index }];
  return [];
});
const activeEnv = Object.fromEntries(
  entries.filter((e) => !e.commented).map((e) => [e.key, e.value]),
);
const schemaKeys = Object.keys(envSchema.shape).sort();
const schemaDefaults: Record<string, unknown> = envSchema.parse({});

function isDescription(line: string | undefined): boolean {
  return line !== undefined && /^# \S/.test(line) && !COMMENTED_ASSIGNMENT.test(line);
}

describe('.env.example', () => {
  it('lists exactly the keys of the environment schema, once each', () => {
    const keys = entries.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(schemaKeys);
  });

  it('writes every line as a header, a comment, a KEY=value or a blank', () => {
    const stray = lines.filter(
      (line) => line.trim() !== '' && !line.startsWith('#') && !ASSIGNMENT.test(line),
    );
    expect(stray).toEqual([]);
  });

  it.each(entries.filter((e) => !e.commented).map((e) => [e.key, e.value] as const))(
    '%s=%s parses to the schema default',
    (key, value) => {
      const parsed = envSchema.safeParse(withoutEmptyValues({ [key]: value }));
      expect(
        parsed.success ? parsed.data[key as keyof typeof parsed.data] : parsed.error.issues,
      ).toEqual(schemaDefaults[key]);
    },
  );

  it('comments out only keys that are unset by default', () => {
    for (const entry of entries.filter((e) => e.commented)) {
      expect({ key: entry.key, value: entry.value, default: schemaDefaults[entry.key] }).toEqual({
        key: entry.key,
        value: '',
        default: undefined,
      });
    }
  });

  it('as a whole, loads to the same configuration as an empty environment', () => {
    expect(loadConfig(activeEnv)).toEqual(loadConfig({}));
  });

  it('describes each key in one comment line right above it', () => {
    const undocumented = entries
      .filter(
        (entry) => !isDescription(lines[entry.line - 1]) || isDescription(lines[entry.line - 2]),
      )
      .map((entry) => entry.key);
    expect(undocumented).toEqual([]);
  });

  it('groups the keys: runtime, services, first accounts, login limits, reporting, logging', () => {
    const groups = lines
      .filter((line) => line.startsWith('## '))
      .map((line) =>
        line
          .slice(3)
          .replace(/\s*\(.*$/, '')
          .toLowerCase(),
      );
    expect(groups).toEqual([
      'runtime',
      'services',
      'first accounts',
      'login limits',
      'reporting',
      'logging',
    ]);
  });

  it('holds no secret: passwords, secrets, keys and service URLs are empty', () => {
    const sensitive = entries.filter((e) => /PASSWORD|SECRET|_KEY$|_URL$/.test(e.key));
    expect(sensitive.map((e) => e.key).sort()).toEqual([
      'DATABASE_URL',
      'FITA_ADMIN_PASSWORD',
      'FITA_LRS_KEY',
      'FITA_LRS_SECRET',
      'REDIS_URL',
    ]);
    expect(sensitive.filter((e) => e.value !== '')).toEqual([]);
  });
});
