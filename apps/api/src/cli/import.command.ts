import type { INestApplicationContext } from '@nestjs/common';
import fs from 'node:fs';
import { AppError } from '../common/app-error.js';
import { CoursesImportService } from '../modules/courses/courses-import.service.js';
import { LearnersImportService } from '../modules/learners/learners-import.service.js';
import { UsageError } from '../run-main.js';

export const IMPORT_USAGE = `npm run fita -- import learners FILE   (CSV or XLSX, spec section 9)
npm run fita -- import courses FILE`;

/** `fita import learners|courses FILE`: the same imports as POST /api/{learners,courses}/import. */
export async function importCommand(
  app: INestApplicationContext,
  args: string[],
  out: NodeJS.WritableStream,
): Promise<void> {
  const [what, file] = args;
  if ((what !== 'learners' && what !== 'courses') || !file || args.length > 2) {
    throw new UsageError(`Usage:\n${IMPORT_USAGE}`);
  }
  if (!fs.existsSync(file)) throw new UsageError(`No file ${file}.`);
  const source = fs.createReadStream(file);
  try {
    const result =
      what === 'learners'
        ? await app.get(LearnersImportService).import(source, (rows) => {
            out.write(`\r${rows.toLocaleString('en')} rows read`);
          })
        : await app.get(CoursesImportService).import(source);
    out.write(`\n${file}: ${JSON.stringify(result)}\n`);
  } catch (error) {
    const errors = error instanceof AppError ? error.extra?.['errors'] : undefined;
    if (!(error instanceof AppError) || !Array.isArray(errors)) throw error;
    const lines = (errors as { row: number; column: string; message: string }[]).map(
      (e) => `  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`,
    );
    throw new UsageError(`\n${error.message}\n${lines.join('\n')}`);
  }
}
