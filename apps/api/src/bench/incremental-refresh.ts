import pg from 'pg';
import { getJson, login, postStatements } from './bench-http.js';
import type { IndicatorsDataset } from './indicators-dataset.js';
import { liveStatements } from './learning-history.js';
import type { FitaProcesses } from './production-fita.js';
import { RefreshJobs } from './refresh-jobs.js';

export interface IncrementalRun {
  postMs: number;
  /** From the LRS's 200 until the facts' watermark counts the batch. */
  caughtUpMs: number;
  /** The refresh job's own time in the worker, and its wait in the queue, when the queue kept it. */
  jobRanMs?: number;
  jobWaitedMs?: number;
  freshnessMs: number;
}

const BATCH = 1_000;
const RUNS = 5;
const VOIDS_PER_BATCH = 2;
const POLL_MS = 10;
const TIMEOUT_MS = 300_000;

/**
 * POSTs batches of 1,000 new statements through the LRS, each time waiting
 * for Fita's own refresh (queued by the ingestion, run by the worker) to fold
 * them in. The watermark row is polled rather than /freshness, whose count
 * of the stored statements is itself a scan; /freshness is asked once the
 * batch is in, and must then agree.
 */
export async function measureIncrementalRefresh(
  fita: FitaProcesses,
  databaseUrl: string,
  dataset: IndicatorsDataset,
): Promise<{ runs: IncrementalRun[] }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const jobs = new RefreshJobs(databaseUrl, fita.queuePrefix);
  try {
    const token = await login(fita.baseUrl);
    const runs: IncrementalRun[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const before = await processedStatements(client);
      const targets = dataset.voidTargets.slice(run * VOIDS_PER_BATCH, (run + 1) * VOIDS_PER_BATCH);
      const batch = liveStatements(BATCH, dataset.population, `live-${run}`, Date.now(), targets);
      const body = JSON.stringify(batch);
      const postedAt = Date.now();
      const postStarted = performance.now();
      await postStatements(fita.baseUrl, body);
      const accepted = performance.now();
      const deadline = accepted + TIMEOUT_MS;
      while ((await processedStatements(client)) < before + BATCH) {
        if (performance.now() > deadline) {
          throw new Error(
            `the facts did not take in a 1,000-statement batch within ${TIMEOUT_MS / 1000} s`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      const caughtUp = performance.now();

      const freshnessStarted = performance.now();
      const freshness = await getJson<{ statementsStored: number; statementsProcessed: number }>(
        fita.baseUrl,
        token,
        '/api/indicators/freshness',
      );
      const freshnessMs = performance.now() - freshnessStarted;
      if (freshness.statementsProcessed !== freshness.statementsStored) {
        throw new Error(`after the refresh, /freshness says ${JSON.stringify(freshness)}`);
      }
      const refreshes = await finishedRefreshes(jobs, postedAt);
      runs.push({
        postMs: accepted - postStarted,
        caughtUpMs: caughtUp - accepted,
        jobRanMs: sum(refreshes.map((r) => r.ranMs)),
        jobWaitedMs: refreshes[0]?.waitedMs,
        freshnessMs,
      });
    }
    return { runs };
  } finally {
    await jobs.close();
    await client.end();
  }
}

/** The refresh jobs that took the batch in: the queue records a job just after its transaction commits. */
async function finishedRefreshes(jobs: RefreshJobs, since: number) {
  const deadline = performance.now() + 2_000;
  for (;;) {
    const refreshes = await jobs.finishedSince(since);
    const processed = refreshes.reduce((total, refresh) => total + refresh.processed, 0);
    if (processed >= BATCH || performance.now() > deadline) return refreshes;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function processedStatements(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ processed: string }>(
    `SELECT statements_processed::text AS processed FROM indicator_watermarks WHERE name = 'facts'`,
  );
  return Number(rows[0]?.processed ?? 0);
}

function sum(values: number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0);
}
