import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import {
  getJson,
  login,
  postStatements,
  statement,
  waitForFreshness,
} from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

interface IndicatorsBody {
  users: number;
  provenance: {
    cutoff: string;
    definitionsVersion: string;
    statementCount: number;
    fingerprint: string;
  };
}

describe('indicators from ingested statements', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await login(app);
  });
  afterAll(() => app.close());

  async function usersIn(from: string, to: string): Promise<IndicatorsBody> {
    await waitForFreshness(app.baseUrl, token);
    const { status, body } = await getJson<IndicatorsBody>(
      app.baseUrl,
      `/api/indicators?from=${from}&to=${to}`,
      token,
    );
    expect(status).toBe(200);
    return body;
  }

  it('counts two actors who acted in 2020 as two users of 2020', async () => {
    const response = await postStatements(app, [
      statement({ actor: { mbox: 'mailto:ana@example.org' }, timestamp: '2020-02-10T09:00:00Z' }),
      statement({
        actor: { account: { homePage: 'https://lms.example.org/', name: 'u-42' } },
        timestamp: '2020-11-03T17:30:00+01:00',
      }),
    ]);
    expect(response.status).toBe(200);

    expect((await usersIn('2020-01-01', '2020-12-31')).users).toBe(2);
    expect((await usersIn('2019-01-01', '2019-12-31')).users).toBe(0);
  });

  it('places a statement on its local date in Europe/Madrid: 2021-12-31T23:30Z is New Year 2022', async () => {
    await postStatements(
      app,
      statement({
        actor: { mbox: 'mailto:newyear@example.org' },
        timestamp: '2021-12-31T23:30:00Z',
      }),
    );

    expect((await usersIn('2022-01-01', '2022-01-01')).users).toBe(1);
    expect((await usersIn('2021-12-31', '2021-12-31')).users).toBe(0);
  });

  it('treats an e-mail sent as mbox and as mbox_sha1sum as one person', async () => {
    const sha1 = createHash('sha1').update('mailto:same@example.org').digest('hex');
    await postStatements(app, [
      statement({ actor: { mbox: 'mailto:Same@Example.org' }, timestamp: '2018-05-01T10:00:00Z' }),
      statement({ actor: { mbox_sha1sum: sha1.toUpperCase() }, timestamp: '2018-06-01T10:00:00Z' }),
    ]);

    expect((await usersIn('2018-01-01', '2018-12-31')).users).toBe(1);
  });

  it('does not count Group actors or voiding statements', async () => {
    await postStatements(app, [
      statement({
        actor: {
          objectType: 'Group',
          name: 'Team',
          member: [{ mbox: 'mailto:member@example.org' }],
        },
        timestamp: '2016-03-01T10:00:00Z',
      }),
      statement({
        actor: { objectType: 'Group', mbox: 'mailto:team@example.org' },
        timestamp: '2016-03-02T10:00:00Z',
      }),
    ]);

    expect((await usersIn('2016-01-01', '2016-12-31')).users).toBe(0);
  });

  it('removes a counted statement once it is voided, and counts nothing for the void itself', async () => {
    const [id] = (await (
      await postStatements(
        app,
        statement({
          actor: { mbox: 'mailto:voided@example.org' },
          timestamp: '2015-04-01T10:00:00Z',
        }),
      )
    ).json()) as string[];
    expect((await usersIn('2015-01-01', '2015-12-31')).users).toBe(1);

    await postStatements(app, {
      actor: { mbox: 'mailto:admin-voider@example.org' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id },
      timestamp: '2015-04-02T10:00:00Z',
    });

    expect((await usersIn('2015-01-01', '2015-12-31')).users).toBe(0);
  });

  it('states its provenance: count and SHA-256 of the sorted ids of the counting statements', async () => {
    const body = await usersIn('2000-01-01', '2030-12-31');
    const rows: { id: string }[] = await app.app.get(DataSource).query(
      `SELECT s.id::text AS id FROM statements s WHERE s.actor_type = 'Agent'
           AND s.verb_id <> 'http://adlnet.gov/expapi/verbs/voided'
           AND NOT EXISTS (SELECT 1 FROM statements v WHERE v.object_id = s.id::text AND v.verb_id = 'http://adlnet.gov/expapi/verbs/voided')`,
    );
    const ids = rows.map((row) => row.id.toLowerCase()).sort();
    const expected = createHash('sha256').update(ids.join('\n')).digest('hex');

    expect(body.provenance.statementCount).toBe(ids.length);
    expect(body.provenance.fingerprint).toBe(expected);
    expect(body.provenance.definitionsVersion).toBe('1');
  });

  it('gives series per calendar year within the period', async () => {
    await waitForFreshness(app.baseUrl, token);
    const { body } = await getJson<{
      points: { period: string; from: string; to: string; users: number }[];
    }>(app.baseUrl, '/api/indicators/series?interval=year&from=2019-07-01&to=2022-12-31', token);
    expect(body.points.map(({ period, from, to, users }) => ({ period, from, to, users }))).toEqual(
      [
        { period: '2019', from: '2019-07-01', to: '2019-12-31', users: 0 },
        { period: '2020', from: '2020-01-01', to: '2020-12-31', users: 2 },
        { period: '2021', from: '2021-01-01', to: '2021-12-31', users: 0 },
        { period: '2022', from: '2022-01-01', to: '2022-12-31', users: 1 },
      ],
    );
  });

  it('refuses a malformed period, naming the parameter', async () => {
    const { status, body } = await getJson<{ code: string; details: { field: string }[] }>(
      app.baseUrl,
      '/api/indicators?from=2020-02-30&to=2020-12-31',
      token,
    );
    expect(status).toBe(400);
    expect(body.details[0]?.field).toBe('from');
  });

  it('refuses parameters it does not know rather than ignoring them', async () => {
    const { status, body } = await getJson<{ code: string }>(
      app.baseUrl,
      '/api/indicators?from=2020-01-01&to=2020-12-31&region=barcelona',
      token,
    );
    expect(status).toBe(400);
    expect(body.code).toBe('indicators.unsupported_parameter');
  });

  it('answers 401 without a bearer token', async () => {
    const response = await fetch(`${app.baseUrl}/api/indicators?from=2020-01-01&to=2020-12-31`);
    expect(response.status).toBe(401);
  });
});
