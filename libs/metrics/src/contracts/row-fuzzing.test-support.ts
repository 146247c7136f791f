// What the learner registry and course catalogue fuzzing share (issue 9):
// padding that trimming must remove, rows of any text, and the checks that a
// refusal names the row, exactly the broken columns and why.
import { expect } from '@jest/globals';
import fc from 'fast-check';

/** Whitespace String.prototype.trim removes: spaces, tabs, NBSP, ideographic space, BOM. */
export const space = fc.constantFrom(
  '',
  '',
  '',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u3000',
  '\ufeff',
  ' \t ',
);

export const padded = (value: string): fc.Arbitrary<string> =>
  fc.tuple(space, space).map(([before, after]) => `${before}${value}${after}`);

/** A row of the given columns, each any text, binary or long, or one of the `likely` values. */
export function anyRowOf<C extends string>(
  columns: readonly C[],
  likely: readonly string[],
): fc.Arbitrary<Record<C, string>> {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom('', ' ', ...likely),
    fc.string({ maxLength: 300 }),
  );
  const model = Object.fromEntries(columns.map((column) => [column, anyText]));
  return fc.record<Record<C, string>>(model as Record<C, fc.Arbitrary<string>>);
}

interface RowErrors {
  ok: false;
  errors: readonly { row: number; column: string; message: string }[];
}
type RowResult = { ok: true } | RowErrors;

/** The errors that fail to name the row, one of the columns, or why. */
export function malformed(result: RowResult, row: number, columns: readonly string[]) {
  return result.ok
    ? []
    : result.errors.filter(
        (error) =>
          error.row !== row ||
          !columns.includes(error.column) ||
          typeof error.message !== 'string' ||
          error.message.trim() === '',
      );
}

/**
 * The row was refused naming exactly the broken columns, each message
 * quoting the value at fault where the breakage says which; the columns are
 * added to `reached`, so that a test can show every column was broken.
 */
export function expectRefusedAt(
  result: RowResult,
  row: number,
  columns: readonly string[],
  broken: readonly { column: string; quotes?: string }[],
  reached: Set<string>,
): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(malformed(result, row, columns)).toEqual([]);
  const named = new Set(result.errors.map((error) => error.column));
  expect([...named].sort()).toEqual([...new Set(broken.map((b) => b.column))].sort());
  for (const { column, quotes } of broken) {
    reached.add(column);
    if (quotes === undefined) continue;
    const messages = result.errors.filter((e) => e.column === column).map((e) => e.message);
    expect(messages.some((message) => message.includes(`"${quotes}"`))).toBe(true);
  }
}
