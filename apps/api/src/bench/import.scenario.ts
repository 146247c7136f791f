import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { LEARNER_REGISTRY_COLUMNS } from '@fita/metrics';
import { BENCH_ADMIN, type BenchServer } from './bench-environment.js';
import { processUsage } from './process-usage.js';
import { startProductionFita } from './production-fita.js';
import type { BenchRow } from './spine.scenarios.js';

const SEXES = ['woman', 'man', 'non_binary', ''];
const EMPLOYMENT = ['employed', 'self_employed', 'unemployed', 'inactive', 'student', ''];
const TOWNS = ['Barcelona', "L'Hospitalet de Llobregat", 'Badalona', 'Sabadell', 'Terrassa'];

/**
 * Issue 4: a learner registry of `rows` rows (persons with an e-mail, every
 * third also with an LMS account) imported through POST /api/learners/import
 * in production mode, first into an empty registry, then again unchanged.
 * The API's resident memory is sampled throughout. Baseline: COPY of the
 * same CSV file into a bare table of the same Postgres.
 */
export async function runImportScenario(server: BenchServer, rows: number): Promise<BenchRow[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-bench-import-'));
  const file = path.join(folder, 'registry.csv');
  const fita = await startProductionFita(server, 'import');
  try {
    const written = await writeRegistry(file, rows);
    const token = await login(fita.baseUrl);
    const baseline = await copyBaseline(fita.databaseUrl, file);
    const result: BenchRow[] = [];
    for (const run of ['new registry', 'same file again']) {
      const measured = await timedImport(fita.baseUrl, token, file, fita.api.pid!);
      result.push({
        scenario: `import learner registry (CSV, ${run})`,
        size: written,
        unit: 'rows/s',
        fita: written / measured.seconds,
        baseline: written / baseline,
        ratio: baseline / measured.seconds,
        baselineIs: 'COPY of the same CSV into a bare table',
        notes: [
          `${measured.seconds.toFixed(1)} s`,
          `API RSS ${measured.rssBefore.toFixed(0)} MiB, peak ${measured.rssPeak.toFixed(0)} MiB`,
          `file ${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MiB`,
          measured.answer,
        ].join('; '),
      });
    }
    return result;
  } finally {
    await fita.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Writes the CSV and returns its number of data rows. */
async function writeRegistry(file: string, persons: number): Promise<number> {
  const out = fs.createWriteStream(file);
  let rows = 0;
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  await write(LEARNER_REGISTRY_COLUMNS.join(','));
  for (let n = 0; rows < persons; n += 1) {
    const demographics = [
      SEXES[n % SEXES.length],
      n % 7 === 0 ? '' : String(1950 + (n % 55)),
      n % 5 === 0 ? '' : String(n % 9),
      EMPLOYMENT[n % EMPLOYMENT.length],
      `"${TOWNS[n % TOWNS.length]}"`,
      n % 4 === 0 ? `District ${n % 10}` : '',
    ].join(',');
    await write(`P${n},learner${n}@bench.example.org,,,${demographics}`);
    rows += 1;
    if (n % 3 === 0 && rows < persons) {
      await write(`P${n},,https://lms.bench.example.org,user-${n},${demographics}`);
      rows += 1;
    }
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

async function login(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  return ((await response.json()) as { token: string }).token;
}

async function timedImport(baseUrl: string, token: string, file: string, apiPid: number) {
  const rssBefore = processUsage(apiPid).rssMiB;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, processUsage(apiPid).rssMiB);
  }, 100);
  const form = new FormData();
  form.append('file', await fs.openAsBlob(file), 'registry.csv');
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}/api/learners/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    const answer = await response.text();
    if (response.status !== 200)
      throw new Error(`import answered ${response.status}: ${answer.slice(0, 500)}`);
    return { seconds: (performance.now() - started) / 1000, rssBefore, rssPeak, answer };
  } finally {
    clearInterval(sampler);
  }
}

/** Seconds COPY takes to load the same file into a bare table. */
async function copyBaseline(databaseUrl: string, file: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `CREATE TABLE bench_registry (${LEARNER_REGISTRY_COLUMNS.map((c) => `${c} text`).join(', ')})`,
    );
    const started = performance.now();
    await pipeline(
      fs.createReadStream(file),
      client.query(copyFrom(`COPY bench_registry FROM STDIN (FORMAT csv, HEADER true)`)),
    );
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}
