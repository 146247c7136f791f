// A child process of the `export` bench scenario, so that its resident memory
// is the export's alone: `node export-evidence.child.js <xlsx|csv|baseline>
// <databaseUrl> <file> <cutoff ISO>`. Streams the evidence rows of every user
// of EVIDENCE_PERIOD from the database into <file> and prints `{ rows, persons }`.
import 'reflect-metadata';
import { once } from 'node:events';
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { DEFINITIONS_V1 } from '@fita/metrics';
import { createDataSource } from '../database/data-source.js';
import { writeCsvTable } from '../modules/exports/csv-table.js';
import { evidenceTable } from '../modules/exports/erdf-evidence-table.js';
import { writeStyledWorkbook } from '../modules/exports/workbook-style.js';
import {
  EvidenceRepository,
  type EvidenceScope,
  type UserStatementRow,
} from '../modules/snapshots/evidence.repository.js';
import { EVIDENCE_PERIOD } from './evidence-dataset.js';

const [mode, databaseUrl, file, cutoff] = process.argv.slice(2);
const dataSource = createDataSource(databaseUrl);
await dataSource.initialize();
try {
  const scope: EvidenceScope = {
    period: EVIDENCE_PERIOD,
    filters: {},
    cutoff: new Date(cutoff),
    timeZone: 'Europe/Madrid',
    voidingVerb: DEFINITIONS_V1.voidingVerb,
  };
  const batches = new EvidenceRepository(dataSource).userStatementsInBatches(scope);
  const out = fs.createWriteStream(file);
  let rows = 0;
  let persons = 0;
  let last: string | null = null;
  const counted = async function* () {
    for await (const batch of batches) {
      rows += batch.length;
      for (const row of batch) {
        if (row.person !== last) persons += 1;
        last = row.person;
      }
      yield batch;
    }
  };
  if (mode === 'baseline') {
    await plainCsv(counted(), out);
  } else {
    const table = evidenceTable(counted(), 'en', () => Promise.resolve());
    if (mode === 'csv') {
      await writeCsvTable(out, table);
    } else {
      await writeStyledWorkbook(
        out,
        {
          title: 'Evidence',
          subject: 'bench',
          keywords: 'bench',
          description: 'bench',
          created: new Date(cutoff),
          language: 'en',
          timeZone: 'Europe/Madrid',
        },
        [table],
      );
    }
  }
  await finished(out);
  process.stdout.write(`${JSON.stringify({ rows, persons })}\n`);
} finally {
  await dataSource.destroy();
}

/** The floor: the same rows as bare CSV lines, no quoting, no numbering, no workbook. */
async function plainCsv(batches: AsyncIterable<UserStatementRow[]>, out: Writable) {
  for await (const batch of batches) {
    let text = '';
    for (const row of batch) text += `${row.person},${row.statementId},${row.date}\n`;
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
}
