import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  getJson,
  login,
  postStatements,
  statement,
  waitForFreshness,
} from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import type { IndicatorsView } from '../indicators/indicators.view.js';
import type { SnapshotView } from './snapshot.view.js';
import type { SnapshotJobAccepted, SnapshotJobView } from './snapshots.service.js';

/** Spec section 9: `GET /api/indicators?snapshot=<id>` answers with the snapshot's frozen view. */
describe('indicators of a snapshot', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await login(app);
    await postStatements(app, [
      statement({ timestamp: '2021-02-01T10:00:00Z' }),
      statement({ timestamp: '2021-03-01T10:00:00Z' }),
    ]);
    await waitForFreshness(app.baseUrl, token);
  });
  afterAll(() => app.close());

  async function createSnapshot(body: object): Promise<string> {
    const response = await fetch(`${app.baseUrl}/api/snapshots`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(202);
    const accepted = (await response.json()) as SnapshotJobAccepted;
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { body: job } = await getJson<SnapshotJobView>(app.baseUrl, accepted.status, token);
      if (job.state === 'completed') return job.snapshotId!;
      if (job.state === 'failed' || Date.now() > deadline) {
        throw new Error(`snapshot job ${job.state}: ${job.error}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('returns the frozen view, unchanged by data stored after the snapshot', async () => {
    const id = await createSnapshot({
      from: '2021-01-01',
      to: '2021-12-31',
      ageScheme: 'eurostat',
    });
    await postStatements(app, [statement({ timestamp: '2021-04-01T10:00:00Z' })]);
    await waitForFreshness(app.baseUrl, token);

    const { status, body } = await getJson<IndicatorsView>(
      app.baseUrl,
      `/api/indicators?snapshot=${id}`,
      token,
    );
    expect(status).toBe(200);
    expect(body).toEqual(
      (await getJson<SnapshotView>(app.baseUrl, `/api/snapshots/${id}`, token)).body.view,
    );
    expect(body).toMatchObject({ users: 2, enrolments: 2, ageScheme: 'eurostat' });
    const now = await getJson<IndicatorsView>(
      app.baseUrl,
      '/api/indicators?from=2021-01-01&to=2021-12-31',
      token,
    );
    expect(now.body.users).toBe(3);
  });

  it('refuses an unknown snapshot, a malformed id, and other parameters next to it', async () => {
    expect(
      (await getJson(app.baseUrl, `/api/indicators?snapshot=${randomUUID()}`, token)).status,
    ).toBe(404);
    const malformed = await getJson<{ details: { field: string }[] }>(
      app.baseUrl,
      '/api/indicators?snapshot=42',
      token,
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.details[0]?.field).toBe('snapshot');
    const mixed = await getJson<{ details: { field: string }[] }>(
      app.baseUrl,
      `/api/indicators?snapshot=${randomUUID()}&from=2021-01-01`,
      token,
    );
    expect(mixed.status).toBe(400);
    expect(mixed.body.details[0]?.field).toBe('from');
  });
});
