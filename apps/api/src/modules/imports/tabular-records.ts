import type { RowError } from '@fita/metrics';
import type { TabularFile } from './tabular-file.js';

/** A data row as `{ column: value }` under the file's header, with its line number. */
export interface TabularRecord<C extends string> {
  row: number;
  record: Record<C, string>;
}

/**
 * The rows of a file whose header has been checked, as records; a row with
 * more or fewer values than the header has columns is reported, not guessed.
 */
export async function* recordsOf<C extends string>(
  file: TabularFile,
  onError: (errors: RowError[]) => void,
): AsyncGenerator<TabularRecord<C>> {
  const columns = file.header;
  for await (const { row, values } of file.rows) {
    if (values.length !== columns.length) {
      onError([
        {
          row,
          column: '',
          message: `has ${values.length} values but the header has ${columns.length} columns`,
        },
      ]);
      continue;
    }
    const record = {} as Record<C, string>;
    for (let i = 0; i < columns.length; i += 1) record[columns[i] as C] = values[i] ?? '';
    yield { row, record };
  }
}
