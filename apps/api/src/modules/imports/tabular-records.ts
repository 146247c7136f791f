import { checkColumns, type RowError } from '@fita/metrics';
import type { Readable } from 'node:stream';
import { RowErrors } from './row-errors.js';
import { openTabularFile, UnreadableFileError, type TabularFile } from './tabular-file.js';

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
  try {
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
  } catch (error) {
    // The rows before it are checked as usual; the file's problem is one more error.
    if (!(error instanceof UnreadableFileError)) throw error;
    onError([unreadable(error, columns)]);
  }
}

function unreadable(error: UnreadableFileError, columns: readonly string[]): RowError {
  return {
    row: error.row,
    column: error.column === null ? '' : (columns[error.column] ?? ''),
    message: error.message,
  };
}

/**
 * An uploaded file whose header has the contract's columns (else a 422 naming
 * them, the rest of the upload discarded), as records, and the error list
 * the caller goes on filling.
 */
export async function openImportFile<C extends string>(
  source: Readable,
  columns: readonly C[],
  what: string,
): Promise<{ records: AsyncGenerator<TabularRecord<C>>; errors: RowErrors }> {
  const errors = new RowErrors();
  let file: TabularFile;
  try {
    file = await openTabularFile(source);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    errors.add([unreadable(error, [])]);
    throw errors.toError(what);
  }
  errors.add(checkColumns(columns, file.header));
  if (errors.count > 0) {
    source.resume();
    await file.close();
    throw errors.toError(what);
  }
  return { records: recordsOf<C>(file, (e) => errors.add(e)), errors };
}
