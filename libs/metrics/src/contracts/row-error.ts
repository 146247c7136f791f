/**
 * One problem of an imported file (spec section 9): `row` is the line number
 * in the file, the header being line 1.
 */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** Every missing, unknown or repeated column of a header, as errors of row 1. */
export function checkColumns(expected: readonly string[], header: readonly string[]): RowError[] {
  const errors: RowError[] = [];
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) {
      errors.push({ row: 1, column, message: 'appears more than once in the header' });
    } else if (!expected.includes(column)) {
      errors.push({
        row: 1,
        column,
        message: `is not a column of this file; the columns are ${expected.join(', ')}`,
      });
    }
    seen.add(column);
  }
  for (const column of expected) {
    if (!seen.has(column)) errors.push({ row: 1, column, message: 'is missing from the header' });
  }
  return errors;
}
