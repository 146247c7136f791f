import { statementInstant, type Statement } from '@fita/xapi';

/** Where a statement holds what Postgres cannot store, and why. */
export interface UnstorablePart {
  /** JSONPath, in the notation of the validator's errors (`$.actor.name`, `$["en-US"]`). */
  path: string;
  rule: 'text.unstorable' | 'timestamp.range';
  message: string;
}

/** timestamptz has no year 0; the indicator engine reads years 1 to 9999. */
const EARLIEST = Date.parse('0001-01-01T00:00:00.000Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * What of a valid statement the store would refuse: xAPI allows it, Postgres
 * does not. The LRS answers 400 naming the path rather than failing the insert.
 */
export function findUnstorablePart(statement: Statement): UnstorablePart | null {
  const text = findUnstorableText(statement);
  if (text) return { ...text, rule: 'text.unstorable' };
  if (statement.timestamp !== undefined) {
    const instant = statementInstant(statement.timestamp).getTime();
    if (instant < EARLIEST || instant > LATEST) {
      return {
        path: '$.timestamp',
        rule: 'timestamp.range',
        message: `${statement.timestamp} falls outside the years 0001 to 9999 (UTC), which is all that can be stored.`,
      };
    }
  }
  return null;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** A high surrogate not followed by a low one, or a low one not after a high one. */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The first string (value or key) of a JSON value that Postgres cannot store:
 * jsonb and text refuse U+0000, and jsonb refuses unpaired UTF-16 surrogates
 * ("\ud800"), though JSON carries both and xAPI does not forbid them. Found
 * here, they are a 400 naming the path instead of a failed insert.
 */
export function findUnstorableText(
  value: unknown,
  path = '$',
): { path: string; message: string } | null {
  if (typeof value === 'string') return problemOf(value, path, 'contains');
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const keyPath = IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
    const found =
      problemOf(key, keyPath, 'has a property name with') ?? findUnstorableText(item, keyPath);
    if (found) return found;
  }
  return null;
}

function problemOf(
  text: string,
  path: string,
  what: string,
): { path: string; message: string } | null {
  if (text.includes('\u0000')) {
    return { path, message: `${what} the character U+0000 (NUL), which cannot be stored.` };
  }
  if (UNPAIRED_SURROGATE.test(text)) {
    return {
      path,
      message: `${what} an unpaired UTF-16 surrogate (such as "\\ud800"), which is not Unicode text and cannot be stored.`,
    };
  }
  return null;
}
