/// <reference types="node" />
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from './language';
import { type MessageCatalogue } from './messages';

// Every text key the app asks for must exist in some catalogue, in every
// language: a typo would otherwise show the raw key to a reader.
const APP_DIR = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = sourceFiles(APP_DIR);
let catalogues: MessageCatalogue[] = [];

beforeAll(async () => {
  const modules = await Promise.all(
    files
      .filter((path) => path.endsWith('.messages.ts'))
      .map(async (path) => (await import(path)) as Record<string, unknown>),
  );
  catalogues = modules.flatMap((exports) =>
    Object.values(exports).filter(
      (value): value is MessageCatalogue =>
        typeof value === 'object' && value !== null && 'en' in value,
    ),
  );
});

/** Literal keys used through the `t` pipe, `t(…)` or `textOf(…, …)`. */
function usedKeys(source: string): string[] {
  const patterns = [
    /'([\w.-]+)'\s*\|\s*t\b/g,
    /\bt\(\s*'([\w.-]+)'/g,
    /textOf\(\s*\w+,\s*'([\w.-]+)'/g,
  ];
  return patterns.flatMap((pattern) =>
    Array.from(source.matchAll(pattern), (match) => match[1] ?? ''),
  );
}

describe('text keys', () => {
  it('finds the catalogues', () => {
    expect(catalogues.length).toBeGreaterThan(0);
  });

  it.each(LANGUAGES)('has every key the app uses in %s', (language) => {
    const known = new Set(catalogues.flatMap((catalogue) => Object.keys(catalogue[language])));
    const missing = files.flatMap((path) =>
      usedKeys(readFileSync(path, 'utf8'))
        .filter((key) => !known.has(key))
        .map((key) => `${key} (${path.slice(APP_DIR.length + 1)})`),
    );
    expect(missing).toEqual([]);
  });

  it('never gives one key two different English texts', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const catalogue of catalogues) {
      for (const [key, text] of Object.entries(catalogue.en)) {
        const before = seen.get(key);
        if (before !== undefined && before !== text) clashes.push(key);
        seen.set(key, text);
      }
    }
    expect(clashes).toEqual([]);
  });
});
