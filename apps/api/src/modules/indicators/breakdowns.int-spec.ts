import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  getJson,
  login,
  postStatements,
  statement,
  waitForFreshness,
} from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

const REGISTRY = [
  'person_id,email,account_home_page,account_name,sex,birth_year,isced_level,employment_status,municipality,district',
  'P-1,nuria@example.org,,,woman,1990,6,employed,Barcelona,Gràcia',
  'P-1,,https://lms.example.org,nuria,woman,1990,6,employed,Barcelona,Gràcia',
  'P-2,pere@example.org,,,man,1960,3,unemployed,Badalona,',
].join('\n');

interface Breakdowns {
  users: number;
  ageScheme: string;
  breakdowns: { users: Record<string, Record<string, number>> };
}

/** Spec section 5: the breakdowns of `users`, from the registry, always with `unknown`. */
describe('users broken down by demographics', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await login(app);
    const form = new FormData();
    form.append('file', new Blob([REGISTRY]), 'registry.csv');
    const imported = await fetch(`${app.baseUrl}/api/learners/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    expect(imported.status).toBe(200);
    const at = { timestamp: '2020-06-01T10:00:00Z' };
    await postStatements(app, [
      statement({ ...at, actor: { mbox: 'mailto:nuria@example.org' } }),
      statement({
        ...at,
        actor: { account: { homePage: 'https://lms.example.org', name: 'nuria' } },
      }),
      statement({ ...at, actor: { mbox: 'mailto:pere@example.org' } }),
      statement({ ...at, actor: { mbox: 'mailto:not.registered@example.org' } }),
    ]);
    await waitForFreshness(app.baseUrl, token);
  });
  afterAll(() => app.close());

  const indicators = (query: string) =>
    getJson<Breakdowns>(
      app.baseUrl,
      `/api/indicators?from=2020-01-01&to=2020-12-31${query}`,
      token,
    );

  it('breaks users down by sex, age (ESF 2014), education, employment and residence', async () => {
    const { status, body } = await indicators('');
    expect(status).toBe(200);
    expect(body.users).toBe(3);
    expect(body.ageScheme).toBe('esf2014');
    expect(body.breakdowns.users).toEqual({
      sex: { woman: 1, man: 1, non_binary: 0, unknown: 1 },
      ageBand: { '<25': 0, '25-54': 1, '>54': 1, unknown: 1 },
      education: { 'isced0-2': 0, 'isced3-4': 1, 'isced5-8': 1, unknown: 1 },
      employment: {
        employed: 1,
        self_employed: 0,
        unemployed: 1,
        inactive: 0,
        student: 0,
        unknown: 1,
      },
      residence: { Badalona: 1, 'Barcelona · Gràcia': 1, unknown: 1 },
    });
  });

  it('uses the requested age scheme, custom bands included', async () => {
    expect(
      (await indicators('&ageScheme=eurostat')).body.breakdowns.users['ageBand'],
    ).toMatchObject({
      '25-34': 1,
      '55-64': 1,
      unknown: 1,
    });
    expect(
      (await indicators('&ageScheme=custom&ageBands=25-40')).body.breakdowns.users['ageBand'],
    ).toEqual({
      '25-40': 1,
      other: 1,
      unknown: 1,
    });
  });

  it('refuses custom without bands, and bands it cannot read, naming the parameter', async () => {
    for (const query of [
      '&ageScheme=custom',
      '&ageScheme=custom&ageBands=40-25',
      '&ageScheme=esf2020',
    ]) {
      const { status, body } = await getJson<{ details: { field: string }[] }>(
        app.baseUrl,
        `/api/indicators?from=2020-01-01&to=2020-12-31${query}`,
        token,
      );
      expect(status).toBe(400);
      expect(['ageScheme', 'ageBands']).toContain(body.details[0]?.field);
    }
  });
});
