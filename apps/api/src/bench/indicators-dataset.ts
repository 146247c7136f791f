import pg from 'pg';
import type { Agent } from '@fita/xapi';
import { BENCH_LRS } from './bench-environment.js';
import { importCsv, login } from './bench-http.js';
import {
  benchPopulation,
  courseCatalogueCsv,
  learnerRegistryCsv,
  type BenchPopulation,
} from './bench-population.js';
import { learningHistory, type HistoryStatement } from './learning-history.js';
import { loadByCopy, type CopyLoadReport, type StoringCredential } from './lrs-copy-loader.js';
import { cpuShares, cpuSnapshot } from './process-usage.js';
import { mulberry32 } from './statement-generator.js';

export interface IndicatorsDataset {
  population: BenchPopulation;
  load: CopyLoadReport;
  coursesApplied: number;
  registryRowsApplied: number;
  actorKeys: number;
  vacuumSeconds: number;
  databaseMiB: number;
  benchPeakRssMiB: number;
  loadCpu: string;
  /** Ids of stored, counting completions, for live batches to void. */
  voidTargets: string[];
}

const VOID_TARGETS = 32;

/**
 * A fresh Fita database as five years of ingestion would have left it: the
 * course catalogue and learner registry imported through the API, then the
 * statements of the learning history written by COPY exactly as the LRS
 * stores them (every one still waiting in the indicator inbox).
 */
export async function loadIndicatorsDataset(
  baseUrl: string,
  databaseUrl: string,
  statements: number,
): Promise<IndicatorsDataset> {
  const population = benchPopulation(statements);
  const token = await login(baseUrl);
  const coursesApplied = await importCsv(
    baseUrl,
    token,
    '/api/courses/import',
    courseCatalogueCsv(population),
  );
  const registryRowsApplied = await importCsv(
    baseUrl,
    token,
    '/api/learners/import',
    learnerRegistryCsv(population),
  );

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const credential = await storingCredential(client, baseUrl);
    const voidTargets: string[] = [];
    let benchPeakRssMiB = 0;
    const before = cpuSnapshot();
    const load = await loadByCopy(
      databaseUrl,
      sampleVoidTargets(learningHistory(statements, population), voidTargets),
      credential,
      (loaded, seconds) => {
        benchPeakRssMiB = Math.max(benchPeakRssMiB, process.memoryUsage().rss / 2 ** 20);
        process.stdout.write(
          `  loaded ${loaded.toLocaleString('en')} of ${statements.toLocaleString('en')} statements (${seconds.toFixed(0)} s)\n`,
        );
      },
    );
    const loadCpu = cpuShares(before, cpuSnapshot());
    benchPeakRssMiB = Math.max(benchPeakRssMiB, process.memoryUsage().rss / 2 ** 20);

    // Autovacuum would have visited these tables during five years of
    // ingestion; after a bulk load, whichever measurement reads them first
    // would otherwise pay for setting hint bits and the visibility map.
    const vacuumStarted = performance.now();
    await client.query(
      `VACUUM (ANALYZE) statements, statement_agents, statement_activities, statement_inbox, activities`,
    );
    const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
    await assertInboxHoldsEveryStatement(client, load.statements);
    const { rows } = await client.query<{ actor_keys: number; bytes: string }>(
      `SELECT (SELECT count(DISTINCT actor_key)::int FROM statements WHERE actor_type = 'Agent') AS actor_keys,
              pg_database_size(current_database())::text AS bytes`,
    );
    return {
      population,
      load,
      coursesApplied,
      registryRowsApplied,
      actorKeys: rows[0].actor_keys,
      vacuumSeconds,
      databaseMiB: Number(rows[0].bytes) / 2 ** 20,
      benchPeakRssMiB,
      loadCpu,
      voidTargets,
    };
  } finally {
    await client.end();
  }
}

/** The bench LRS credential, named in `authority` as the LRS names it for requests to `baseUrl`. */
async function storingCredential(client: pg.Client, baseUrl: string): Promise<StoringCredential> {
  const { rows } = await client.query<{ id: string; name: string; defines: boolean }>(
    `SELECT id, name, scopes && ARRAY['define', 'all'] AS defines FROM lrs_credentials WHERE key = $1`,
    [BENCH_LRS.key],
  );
  if (rows.length === 0) throw new Error('the bench LRS credential is missing');
  const authority: Agent = {
    objectType: 'Agent',
    name: rows[0].name,
    account: { homePage: baseUrl, name: BENCH_LRS.key },
  };
  return { credentialId: rows[0].id, authority, defines: rows[0].defines };
}

/** Keeps a deterministic sample (reservoir) of counting completions while the history streams by. */
function* sampleVoidTargets(
  history: Iterable<HistoryStatement>,
  sample: string[],
): Generator<HistoryStatement> {
  const random = mulberry32(7);
  let seen = 0;
  for (const item of history) {
    const { statement } = item;
    if (
      !item.voided &&
      statement.verb.id.endsWith('/completed') &&
      statement.actor.objectType !== 'Group' &&
      statement.id
    ) {
      seen += 1;
      if (sample.length < VOID_TARGETS) sample.push(statement.id);
      else {
        const slot = Math.floor(random() * seen);
        if (slot < VOID_TARGETS) sample[slot] = statement.id;
      }
    }
    yield item;
  }
}

async function assertInboxHoldsEveryStatement(client: pg.Client, loaded: number): Promise<void> {
  const { rows } = await client.query<{ statements: number; inbox: number; missing: number }>(
    `SELECT (SELECT count(*)::int FROM statements) AS statements,
            (SELECT count(*)::int FROM statement_inbox) AS inbox,
            (SELECT count(*)::int FROM statements s
             WHERE NOT EXISTS (SELECT 1 FROM statement_inbox i WHERE i.seq = s.seq)) AS missing`,
  );
  const { statements, inbox, missing } = rows[0];
  if (statements !== loaded || inbox !== loaded || missing !== 0) {
    throw new Error(
      `after the load: ${statements} statements, ${inbox} in the inbox, ${missing} missing from it; expected ${loaded}`,
    );
  }
}
