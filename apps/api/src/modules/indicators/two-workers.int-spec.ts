import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { JOBS } from '../../jobs/job-registry.js';
import { getJson, login, lrsHeaders, waitForFreshness } from '../../../test/api-client.js';
import {
  CATALOGUE_HEADER,
  REGISTRY_HEADER,
  importCsv,
  readFactTables,
  readFigures,
  startApiProcess,
  startWorkerProcess,
  type FitaProcess,
  type ProcessSettings,
} from '../../../test/indicator-proof.js';
import { startTestRedis, type TestRedis } from '../../../test/redis-server.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';

const LMS = 'https://lms.example.org';
const AI = `${LMS}/courses/ai`;
const DATA = `${LMS}/courses/data`;
const WEB = `${LMS}/courses/web`;
const VERBS = ['registered', 'completed', 'passed', 'attended', 'launched'].map(
  (verb) => `http://adlnet.gov/expapi/verbs/${verb}`,
);
const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';
const PEOPLE = 150;
const BATCH = 50;
/** Batches in flight at once, as several LMSs would send them. */
const CONCURRENCY = 6;
const QUERIES = [
  'from=2020-12-31&to=2020-12-31',
  'from=2021-01-01&to=2021-01-01',
  'from=2020-01-01&to=2020-12-31',
  'from=2021-01-01&to=2021-12-31',
  'from=2022-01-01&to=2022-12-31',
  'from=2019-01-01&to=2022-12-31',
  `from=2019-01-01&to=2022-12-31&course=${encodeURIComponent(AI)}`,
  'from=2019-01-01&to=2022-12-31&format=uncatalogued',
];

/**
 * Production topology (spec section 10): the API without workers and two
 * `npm run worker` processes sharing one Redis and one database. Statements
 * arrive in concurrent batches while both workers refresh; every statement
 * must be folded in exactly once.
 */
describe('two worker processes on one queue and one database', () => {
  let redis: TestRedis;
  let database: TestDatabase;
  let settings: ProcessSettings;
  let api: FitaProcess & { baseUrl: string };
  const workers: FitaProcess[] = [];
  let token: string;

  beforeAll(async () => {
    redis = await startTestRedis();
    database = await createTestDatabase();
    settings = {
      databaseUrl: database.url,
      redisUrl: redis.url,
      queuePrefix: `t${randomBytes(5).toString('hex')}`,
      admin: { email: 'admin@test.local', password: 'test-admin-password' },
      lrs: { key: 'test-lrs-key', secret: 'test-lrs-secret-0123456789' },
    };
    // The API first: it creates the admin and the LRS credential.
    api = await startApiProcess(settings);
    workers.push(...(await Promise.all([0, 1].map(() => startWorkerProcess(settings)))));
    token = await login({ baseUrl: api.baseUrl, admin: settings.admin });
    await importCsv(
      api.baseUrl,
      token,
      '/api/courses/import',
      [CATALOGUE_HEADER, `${AI},AI,mooc,async,,`, `${DATA},Data,masterclass,sync,,`].join('\n'),
    );
    await importCsv(
      api.baseUrl,
      token,
      '/api/learners/import',
      [
        REGISTRY_HEADER,
        ...Array.from({ length: 20 }, (_, n) => [
          `P-${n},u${n}@example.org,,,${n % 2 ? 'woman' : 'man'},${1950 + n * 3},,,,`,
          `P-${n},,${LMS},u${n},${n % 2 ? 'woman' : 'man'},${1950 + n * 3},,,,`,
        ]).flat(),
      ].join('\n'),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all([api, ...workers].filter(Boolean).map((process) => process.stop()));
    await database?.drop();
    await redis?.kill();
  });

  async function send(batches: Record<string, unknown>[][]): Promise<void> {
    const queue = [...batches];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let batch = queue.shift(); batch; batch = queue.shift()) {
          const response = await fetch(`${api.baseUrl}/xapi/statements`, {
            method: 'POST',
            headers: lrsHeaders(settings),
            body: JSON.stringify(batch),
          });
          expect(response.status).toBe(200);
        }
      }),
    );
  }

  async function state() {
    const { body: freshness } = await getJson<{
      statementsStored: number;
      statementsProcessed: number;
    }>(api.baseUrl, '/api/indicators/freshness', token);
    return {
      statementsStored: freshness.statementsStored,
      statementsProcessed: freshness.statementsProcessed,
      facts: await readFactTables(settings.databaseUrl),
      figures: await readFigures(api.baseUrl, token, QUERIES, new Date()),
    };
  }

  /** The `indicators-rebuild` job, as an operator queues it, run by whichever worker takes it. */
  async function rebuild(): Promise<void> {
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    const queue = new Queue(JOBS['indicators-rebuild'].queue, {
      connection,
      prefix: settings.queuePrefix,
    });
    try {
      const job = await queue.add(
        'indicators-rebuild',
        { requestedBy: 'two-workers test' },
        JOBS['indicators-rebuild'].options,
      );
      const deadline = Date.now() + 60_000;
      for (;;) {
        const status = await job.getState();
        if (status === 'completed') return;
        if (status === 'failed' || Date.now() > deadline) {
          const failed = await queue.getJob(job.id as string);
          throw new Error(`rebuild ${status}: ${failed?.failedReason ?? 'timed out'}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await queue.close();
      await connection.quit();
    }
  }

  it('folds a few thousand statements sent concurrently exactly once: nothing counted twice or missed', async () => {
    const first = Array.from({ length: 2_400 }, (_, i) => statementNo(i));
    await send(chunks(first, BATCH));
    // While the workers are still folding the first wave in: voids of its
    // statements, some of them sent again, and new ones, mixed in each batch.
    const voids = first
      .filter((_, i) => i % 23 === 5)
      .map((target, i) => ({
        id: randomUUID(),
        actor: { mbox: `mailto:u${i % PEOPLE}@example.org` },
        verb: { id: VOIDED },
        object: { objectType: 'StatementRef', id: target['id'] },
        timestamp: '2021-01-15T10:00:00Z',
      }));
    const again = first.filter((_, i) => i % 41 === 7);
    const fresh = Array.from({ length: 500 }, (_, i) => statementNo(2_400 + i));
    const second = interleave(voids, again, fresh);
    // Refreshes are deduplicated (one runs, one waits), so on their own they
    // seldom keep both workers busy; a rebuild queued now runs on one worker
    // while the other folds batches in.
    await Promise.all([send(chunks(second, BATCH)), rebuild()]);
    const distinct = first.length + voids.length + fresh.length;

    await waitForFreshness(api.baseUrl, token, 60_000);
    const incremental = await state();
    expect(incremental.statementsStored).toBe(distinct);
    expect(incremental.statementsProcessed).toBe(incremental.statementsStored);
    expect(incremental.facts['actor_course_firsts']?.length).toBeGreaterThan(0);

    await rebuild();
    await waitForFreshness(api.baseUrl, token, 60_000);
    expect(await state()).toEqual(incremental);
    for (const worker of workers) expect(worker.output()).not.toMatch(/failed/);
  }, 180_000);
});

/**
 * Statement number i: one of 150 people by mbox, by the sha1 of that mbox,
 * by an LMS account (linked by the registry for the first 20), or a Group;
 * a catalogued course, one of its modules, or an uncatalogued activity;
 * within a day of New Year 2021 or 2022 in Madrid, with and without offsets.
 */
function statementNo(i: number): Record<string, unknown> {
  const person = (i * 7) % PEOPLE;
  const address = `mailto:u${person}@example.org`;
  const actor =
    i % 53 === 0
      ? { objectType: 'Group', mbox: address }
      : i % 5 === 0
        ? { account: { homePage: LMS, name: `u${person}` } }
        : i % 7 === 0
          ? { mbox_sha1sum: createHash('sha1').update(address).digest('hex') }
          : { mbox: address };
  const course = [AI, DATA, WEB][i % 3];
  const object =
    i % 11 === 0
      ? {
          object: { id: `${course}/module-${i % 4}` },
          context: { contextActivities: { parent: [{ id: course }] } },
        }
      : { object: { id: course } };
  const newYear = i % 2 === 0 ? Date.UTC(2020, 11, 31, 23) : Date.UTC(2021, 11, 31, 23);
  const instant = new Date(newYear + (((i * 37) % 48) - 24) * 30 * 60_000).toISOString();
  return {
    id: randomUUID(),
    actor,
    verb: { id: VERBS[(i * 3) % VERBS.length] },
    ...object,
    timestamp: i % 4 === 0 ? instant.slice(0, 19) : instant,
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, n) =>
    items.slice(n * size, (n + 1) * size),
  );
}

/** Round-robin over the lists, so each batch mixes every kind. */
function interleave<T>(...lists: T[][]): T[] {
  const longest = Math.max(...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, n) =>
    lists.flatMap((list) => list.slice(n, n + 1)),
  ).flat();
}
