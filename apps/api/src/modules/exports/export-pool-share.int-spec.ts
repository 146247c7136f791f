import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { ANALYTIC_QUERY_PERMITS, POOL_SIZE } from '../../database/data-source.js';
import type { ExportView } from './export.view.js';
import { setUpExportScene, type ExportScene } from './snapshot-export.fixture.js';

/** Connections of the app (not this test's own) waiting for a lock on the facts. */
async function waitingOnFacts(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(DISTINCT l.pid)::int AS n FROM pg_locks l
     WHERE NOT l.granted AND l.pid <> pg_backend_pid()
       AND l.relation = 'actor_activity_days'::regclass`,
  );
  return rows[0].n;
}

/**
 * Issue 8's defect: an ERDF workbook asks for every reporting year's figures
 * at once, and those queries took the whole pool, so the export list and
 * other light requests waited for a connection until they failed with 503.
 * Here the facts are locked, so every fact query the export starts holds its
 * connection; the export list must still answer.
 */
describe('an export and the rest of the API share the database pool', () => {
  let scene: ExportScene;
  let locker: pg.Client;

  beforeAll(async () => {
    scene = await setUpExportScene();
    locker = new pg.Client({ connectionString: scene.app.databaseUrl });
    await locker.connect();
  });

  afterAll(async () => {
    await locker.end();
    await scene.app.close();
  });

  it('leaves connections for the export list while the export waits on the facts', async () => {
    expect(ANALYTIC_QUERY_PERMITS).toBeLessThan(POOL_SIZE - 1);
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE actor_activity_days IN ACCESS EXCLUSIVE MODE');
    const accepted = await scene.call<{ id: string }>('POST', '/api/exports', {
      kind: 'erdf',
      format: 'xlsx',
      snapshotId: scene.snapshotId,
      language: 'en',
      evidence: true,
    });
    expect(accepted.status).toBe(202);

    // The export's fact queries pile up on the lock, as many as they may.
    let waiting = 0;
    for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
      waiting = await waitingOnFacts(locker);
      if (waiting >= ANALYTIC_QUERY_PERMITS) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(waiting).toBe(ANALYTIC_QUERY_PERMITS);

    // The lock holds for as long as these take: with the pool taken they would
    // wait out its 5 s for a connection and answer 503, however fast the machine.
    const list = await scene.call<ExportView[]>('GET', '/api/exports');
    const exportOf = await scene.call<ExportView>('GET', `/api/exports/${accepted.body.id}`);
    expect({ list: list.status, one: exportOf.status, status: exportOf.body.status }).toEqual({
      list: 200,
      one: 200,
      status: 'running',
    });
    // Still bounded: the export did not take more connections meanwhile.
    expect(await waitingOnFacts(locker)).toBeLessThanOrEqual(ANALYTIC_QUERY_PERMITS);

    await locker.query('COMMIT');
    for (const deadline = Date.now() + 60_000; ;) {
      const current = await scene.get<ExportView>(`/api/exports/${accepted.body.id}`);
      if (current.status === 'done') break;
      if (current.status === 'failed' || Date.now() > deadline) {
        throw new Error(`export ${current.status}: ${current.error ?? ''}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
});
