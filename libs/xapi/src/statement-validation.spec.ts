import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateStatement } from './statement-validation.js';
import type { XapiVersion } from './validation/validation-report.js';

// Fixtures are found from the repository root so the suite runs the same from
// any working directory inside the repository.
function findRepoRoot(start: string): string {
  let dir = path.resolve(start);
  while (!existsSync(path.join(dir, 'nx.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No nx.json found above ${start}`);
    dir = parent;
  }
  return dir;
}

const repoRoot = findRepoRoot(process.cwd());
const fixturesDir = path.join(repoRoot, 'libs/xapi/src/fixtures');
const sharedXapiDir = path.resolve(repoRoot, '../shared/data/xapi');

function listFiles(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

type Loaded =
  | { file: string; parsed: true; value: unknown }
  | { file: string; parsed: false; errorName: string; errorMessage: string };

function loadJson(file: string): Loaded {
  const text = readFileSync(file, 'utf8');
  try {
    return { file, parsed: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    return { file, parsed: false, errorName: err.name, errorMessage: err.message };
  }
}

function parsedValue(loaded: Loaded): unknown {
  if (!loaded.parsed) throw new Error(`${loaded.file} is not valid JSON: ${loaded.errorMessage}`);
  return loaded.value;
}

/** A statement file holds one statement or an array of them. */
function statementsIn(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

const VERSIONS: XapiVersion[] = ['1.0.3', '2.0.0'];

/** Outside statements must pass under both versions. */
function rejectionsOf(
  statements: unknown[],
): { index: number; version: string; errors: unknown }[] {
  return statements.flatMap((statement, index) =>
    VERSIONS.flatMap((version) => {
      const result = validateStatement(statement, { version });
      return result.ok ? [] : [{ index, version, errors: result.errors }];
    }),
  );
}

/**
 * Fixture layout (see fixtures/README.md): files directly in valid/ or
 * invalid/ hold for both versions; files under a 1.0.3/ or 2.0.0/ subfolder
 * only for that version. One test per file and version.
 */
function fixtureCases(dir: string): [string, XapiVersion, string][] {
  return listFiles(dir, isJson).flatMap((file) => {
    const name = relative(file, dir);
    const folder = name.split(path.sep)[0];
    const versions = VERSIONS.filter((v) => v === folder);
    return (versions.length > 0 ? versions : VERSIONS).map(
      (version): [string, XapiVersion, string] => [name, version, file],
    );
  });
}

const isJson = (name: string): boolean => name.endsWith('.json');
const relative = (file: string, dir: string): string => path.relative(dir, file);

interface ExpectedError {
  path: string;
  rule: string;
}

interface InvalidFixture {
  statement: unknown;
  expect: ExpectedError | ExpectedError[];
}

function asInvalidFixture(value: unknown, file: string): InvalidFixture {
  if (
    typeof value !== 'object' ||
    value === null ||
    !('statement' in value) ||
    !('expect' in value)
  ) {
    throw new Error(`${file} must be {"statement": ..., "expect": {"path", "rule"}}`);
  }
  return value as InvalidFixture;
}

const byPathThenRule = (a: ExpectedError, b: ExpectedError): number =>
  a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule);

describe('validateStatement: fixtures/valid', () => {
  test.each(fixtureCases(path.join(fixturesDir, 'valid')))(
    'accepts %s under xAPI %s',
    (_name, version, file) => {
      const statement = parsedValue(loadJson(file));
      expect(validateStatement(statement, { version })).toEqual({ ok: true, statement });
    },
  );
});

describe('validateStatement: fixtures/invalid', () => {
  test.each(fixtureCases(path.join(fixturesDir, 'invalid')))(
    'rejects %s under xAPI %s at the expected path with the expected rule, and nothing else',
    (_name, version, file) => {
      const fixture = asInvalidFixture(parsedValue(loadJson(file)), file);
      const expected = (Array.isArray(fixture.expect) ? fixture.expect : [fixture.expect]).sort(
        byPathThenRule,
      );

      const result = validateStatement(fixture.statement, { version });

      if (result.ok) throw new Error(`${file} was accepted`);
      const actual = result.errors
        .map(({ path: p, rule }) => ({ path: p, rule }))
        .sort(byPathThenRule);
      expect(actual).toEqual(expected);
      for (const error of result.errors) expect(error.message).toMatch(/^\S.*\.$/s);
    },
  );
});

describe('validateStatement: behaviour', () => {
  test('an accepted statement is returned as given', () => {
    const input = {
      actor: { mbox: 'mailto:ana.puig@example.org' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/registered' },
      object: { id: 'https://lms.example.org/courses/1' },
    };
    const result = validateStatement(input);
    expect(result.ok && result.statement).toBe(input);
  });

  test('an empty object is missing actor, verb and object, all reported together', () => {
    const result = validateStatement({});
    expect(result.ok ? [] : result.errors.map((e) => `${e.path} ${e.rule}`)).toEqual([
      '$.actor required',
      '$.verb required',
      '$.object required',
    ]);
  });

  test('null is not a statement', () => {
    expect(validateStatement(null)).toMatchObject({
      ok: false,
      errors: [{ path: '$', rule: 'type.object' }],
    });
  });
});

describe('outside statements: cmi5 scenarios', () => {
  const dir = path.join(sharedXapiDir, 'cmi5/scenarios');
  const loaded = listFiles(dir, (name) => name.endsWith('_statement.json')).map(loadJson);
  const parsed = loaded.filter((l): l is Extract<Loaded, { parsed: true }> => l.parsed);

  test('the loader reports the one file that is not JSON as a parse failure', () => {
    const failures = loaded.filter((l) => !l.parsed);
    expect(failures).toHaveLength(1);
    expect(failures.map((f) => (f.parsed ? '' : f.errorName))).toEqual(['SyntaxError']);
    expect(parsed.length).toBeGreaterThan(0);
  });

  test.each(parsed.map((l) => [relative(l.file, dir), l.value]))('accepts %s', (_name, value) => {
    expect(rejectionsOf(statementsIn(value))).toEqual([]);
  });
});

describe('outside statements: DATASIM', () => {
  const dir = path.join(sharedXapiDir, 'datasim');
  test.each(listFiles(dir, isJson).map((file) => [relative(file, dir), file]))(
    'accepts every statement of %s',
    (_name, file) => {
      const statements = statementsIn(parsedValue(loadJson(file)));
      expect(statements.length).toBeGreaterThan(0);
      expect(rejectionsOf(statements)).toEqual([]);
    },
  );
});
