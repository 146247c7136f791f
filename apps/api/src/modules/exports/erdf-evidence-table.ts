import type { UserStatementRow } from '../snapshots/evidence.repository.js';
import { exportLabel } from './export-labels.js';
import type { ExportCell, ExportTable } from './export-table.js';
import type { ExportLanguage } from './export-writer.js';

/**
 * For auditors: each person counted in the snapshot's users and each
 * statement that qualified them, one row per statement, persons numbered
 * (`Entry`) so the last entry is the number counted. Rows come from a
 * database cursor batch by batch and go straight out: a million rows never
 * sit in memory. `onRows` hears the running count after each batch.
 */
export function evidenceTable(
  batches: AsyncIterable<readonly UserStatementRow[]>,
  language: ExportLanguage,
  onRows: (written: number) => Promise<void>,
): ExportTable {
  const label = (key: Parameters<typeof exportLabel>[1]) => exportLabel(language, key);
  return {
    title: label('erdf.sheet.evidence'),
    columns: [
      { header: label('erdf.column.entry'), kind: 'count', width: 10 },
      { header: label('erdf.column.person'), kind: 'text', width: 52 },
      { header: label('erdf.column.statement'), kind: 'text', width: 38 },
      { header: label('erdf.column.statementDate'), kind: 'date', width: 14 },
    ],
    rows: evidenceRows(batches, onRows),
  };
}

async function* evidenceRows(
  batches: AsyncIterable<readonly UserStatementRow[]>,
  onRows: (written: number) => Promise<void>,
): AsyncGenerator<ExportCell[]> {
  let entry = 0;
  let person: string | null = null;
  let written = 0;
  for await (const batch of batches) {
    for (const row of batch) {
      if (row.person !== person) {
        entry += 1;
        person = row.person;
      }
      yield [entry, row.person, row.statementId, row.date];
    }
    written += batch.length;
    await onRows(written);
  }
}
