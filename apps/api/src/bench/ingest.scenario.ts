import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { BENCH_LRS, type BenchServer } from './bench-environment.js';
import { median } from './measure.js';
import { postgresCpuSeconds, processUsage } from './process-usage.js';
import { startProductionFita } from './production-fita.js';
import { realisticStatement, StatementTemplates } from './realistic-statements.js';
import type { BenchRow } from './spine.scenarios.js';

export interface IngestOptions {
  seconds: number;
  concurrency: number[];
  batch: number;
}

/**
 * Production-mode ingestion (issue 3): the API and a worker as their own
 * processes on Postgres and Redis, batches of realistic statements from many
 * connections for a fixed time; the baseline is COPY of the same statements
 * into the same Postgres.
 */
export async function runIngestScenario(
  server: BenchServer,
  options: IngestOptions,
): Promise<BenchRow[]> {
  const fita = await startProductionFita(server, 'ingest');
  const processes = [fita.api, fita.worker];
  try {
    const { baseUrl, databaseUrl } = fita;
    const rows: BenchRow[] = [];
    let sent: SentStatement[] = [];
    for (const concurrency of options.concurrency) {
      const run = await load(baseUrl, concurrency, options);
      sent = run.statements.length > sent.length ? run.statements : sent;
      rows.push({
        scenario: `ingest ${concurrency} connections, batches of ${options.batch}, ${options.seconds} s`,
        size: run.statements.length,
        unit: 'statements/s',
        fita: run.statements.length / run.seconds,
        baseline: 0,
        ratio: 0,
        baselineIs: 'COPY of the same statements into the same Postgres',
        notes: [
          `p50 ${run.p50.toFixed(0)} ms, p99 ${run.p99.toFixed(0)} ms, ${run.errors} errors`,
          `CPU (of one core; ${cpus().length} cores): API ${percent(run.apiCpu, run.seconds)}, worker ${percent(run.workerCpu, run.seconds)}, Postgres ${percent(run.postgresCpu, run.seconds)}, load generator ${percent(run.loadCpu, run.seconds)}`,
          `API RSS ${run.apiRss[0].toFixed(0)} -> ${run.apiRss[1].toFixed(0)} MiB`,
        ].join('; '),
      });
    }
    const copyRate = await copyBaseline(databaseUrl, sent);
    return rows.map((row) => ({ ...row, baseline: copyRate, ratio: row.fita / copyRate }));
  } finally {
    await fita.stop();
  }

  async function load(baseUrl: string, concurrency: number, opts: IngestOptions) {
    const [api, worker] = processes as [ChildProcess, ChildProcess];
    const statements: SentStatement[] = [];
    const latencies: number[] = [];
    let errors = 0;
    const apiBefore = processUsage(api.pid!);
    const workerBefore = processUsage(worker.pid!);
    const postgresBefore = postgresCpuSeconds();
    const loadBefore = process.cpuUsage();
    const started = Date.now();
    const deadline = started + opts.seconds * 1000;
    const auth = `Basic ${Buffer.from(`${BENCH_LRS.key}:${BENCH_LRS.secret}`).toString('base64')}`;
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < deadline) {
          const batch = Array.from({ length: opts.batch }, () => ({
            id: randomUUID(),
            template: next++ % TEMPLATES.size,
          }));
          const body = `[${batch.map(statementJson).join(',')}]`;
          const t0 = performance.now();
          const response = await fetch(`${baseUrl}/xapi/statements`, {
            method: 'POST',
            headers: {
              Authorization: auth,
              'X-Experience-API-Version': '1.0.3',
              'Content-Type': 'application/json',
            },
            body,
          }).catch(() => undefined);
          latencies.push(performance.now() - t0);
          if (response?.status === 200) {
            await response.arrayBuffer();
            statements.push(...batch);
          } else {
            errors += 1;
            await response?.arrayBuffer();
          }
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    const apiAfter = processUsage(api.pid!);
    const workerAfter = processUsage(worker.pid!);
    const postgresCpu = postgresCpuSeconds() - postgresBefore;
    const load = process.cpuUsage(loadBefore);
    latencies.sort((a, b) => a - b);
    return {
      statements,
      seconds,
      errors,
      p50: median(latencies),
      p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? 0,
      apiCpu: apiAfter.cpuSeconds - apiBefore.cpuSeconds,
      workerCpu: workerAfter.cpuSeconds - workerBefore.cpuSeconds,
      postgresCpu,
      loadCpu: (load.user + load.system) / 1e6,
      apiRss: [apiBefore.rssMiB, apiAfter.rssMiB] as const,
    };
  }
}

/** Statements per second that COPY writes into a bare table of the same Postgres. */
async function copyBaseline(databaseUrl: string, statements: SentStatement[]): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`CREATE TABLE bench_copy (id uuid PRIMARY KEY, payload jsonb NOT NULL)`);
    const lines = statements.map((s) => `${s.id}\t${statementJson(s).replace(/\\/g, '\\\\')}\n`);
    const started = performance.now();
    await pipeline(
      Readable.from(lines),
      client.query(copyFrom(`COPY bench_copy (id, payload) FROM STDIN`)),
    );
    return statements.length / ((performance.now() - started) / 1000);
  } finally {
    await client.end();
  }
}

const TEMPLATES = new StatementTemplates(
  Array.from({ length: 5000 }, (_, n) => realisticStatement(n, n % 300, new Date())),
);

/** A statement the load sent: its id and the template it was made from. */
interface SentStatement {
  id: string;
  template: number;
}

function statementJson(statement: SentStatement): string {
  return TEMPLATES.json(statement.template, statement.id);
}

/** CPU time as a share of one core over the run. */
function percent(cpuSeconds: number, seconds: number): string {
  return `${((cpuSeconds / seconds) * 100).toFixed(0)}%`;
}
