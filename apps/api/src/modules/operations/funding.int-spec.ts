import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  getJson,
  login,
  postStatements,
  statement,
  waitForFreshness,
} from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import type { FundingIndicatorsView, FundingYearView } from './funding-indicators.service.js';
import type { MoneyIndicatorsView } from './money-indicators.service.js';
import type { OperationView } from './operations.service.js';

const VERB = {
  registered: { id: 'http://adlnet.gov/expapi/verbs/registered' },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed' },
  launched: { id: 'http://adlnet.gov/expapi/verbs/launched' },
};
const COURSE_A = { id: 'https://lms.example.org/courses/ai' };
const COURSE_B = { id: 'https://lms.example.org/courses/cloud' };
const ANA = { mbox: 'mailto:ana@example.org' };
const ANA_LMS = { account: { homePage: 'https://lms.example.org', name: 'ana' } };
const BET = { mbox: 'mailto:bet@example.org' };
const CAI = { mbox: 'mailto:cai@example.org' };
const DAN = { mbox: 'mailto:dan@example.org' };
const EVE = { mbox: 'mailto:eve@example.org' }; // not in the registry: sex unknown
const FAY = { mbox: 'mailto:fay@example.org' };

const REGISTRY =
  'person_id,email,account_home_page,account_name,sex,birth_year,isced_level,employment_status,municipality,district\n' +
  'P-ana,ana@example.org,,,woman,1980,,,,\n' +
  'P-ana,,https://lms.example.org,ana,woman,1980,,,,\n' +
  'P-bet,bet@example.org,,,man,1975,,,,\n' +
  'P-cai,cai@example.org,,,non_binary,1990,,,,\n' +
  'P-dan,dan@example.org,,,woman,1985,,,,\n' +
  'P-fay,fay@example.org,,,man,1970,,,,\n';

const OPERATION = {
  code: 'BCN-FUNDING-2019',
  name: 'Digital public services for citizens',
  programmeCci: '2014ES16RFOP011',
  programmeTitle: 'Programa Operativo FEDER de Catalunya 2014-2020',
  fund: 'ERDF',
  priorityAxis: '2 - Improving access to, use and quality of ICT',
  specificObjective: 'OE 2.3.1 - e-government, e-learning, e-inclusion, e-culture, e-health',
  beneficiary: 'Barcelona Activa SAU SPM',
  startDate: '2019-01-01',
  endDate: '2021-12-31',
};

const sexes = (woman: number, man: number, non_binary: number, unknown: number) => ({
  woman,
  man,
  non_binary,
  unknown,
});

/**
 * Spec section 6: the funding indicators of an operation per reporting year,
 * computed from real statements through the indicator engine, and its money
 * per user, enrolment and completion. Times are in Europe/Madrid.
 */
describe('funding and money indicators of an operation', () => {
  let app: TestApp;
  let token: string;
  let operationId: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await login(app);
    await upload('/api/learners/import', REGISTRY);
    const at = (timestamp: string, actor: object, verb: { id: string }, object = COURSE_A) =>
      statement({ timestamp, actor, verb, object });
    const response = await postStatements(app, [
      // Fay is active only just before the start and just after the end (Madrid dates).
      at('2018-12-31T22:30:00Z', FAY, VERB.launched),
      at('2022-01-01T10:00:00Z', FAY, VERB.launched),
      at('2019-03-01T10:00:00Z', ANA, VERB.registered),
      at('2019-05-01T10:00:00Z', BET, VERB.registered),
      at('2019-06-01T10:00:00Z', BET, VERB.completed),
      at('2020-02-01T10:00:00Z', CAI, VERB.registered),
      // 23:59 on 31 December 2020 in Madrid; Eve's is 00:30 on 1 January 2021 there.
      at('2020-12-31T22:59:00Z', DAN, VERB.registered, COURSE_B),
      at('2020-12-31T23:30:00Z', EVE, VERB.launched),
      // Ana again, under her LMS account: the same person as in 2019.
      at('2021-04-01T10:00:00Z', ANA_LMS, VERB.completed),
      at('2021-05-01T10:00:00Z', DAN, VERB.completed, COURSE_B),
      at('2022-02-01T10:00:00Z', ANA, VERB.launched),
    ]);
    expect(response.status).toBe(200);
    await waitForFreshness(app.baseUrl, token);

    operationId = (await call<OperationView>('POST', '/api/operations', OPERATION, 201)).id;
    await call('PUT', `/api/operations/${operationId}/indicators/E024`, {
      baseline: { value: '0', year: 2018 },
      milestone: { value: '4', year: 2020 },
      target: { value: '8', year: 2021 },
    });
    await call('PUT', `/api/operations/${operationId}/indicators/RCR11`, {
      target: { value: '4', year: 2021 },
    });
    await call('PUT', `/api/operations/${operationId}/indicators/RCO14`, {
      milestone: { value: '2', year: 2019 },
      target: { value: '5', year: 2021 },
    });
    const values = `/api/operations/${operationId}/indicators/RCO14/values`;
    await call('POST', values, { asOf: '2019-12-31', value: '2', source: 'Register 2019' }, 201);
    await call('POST', values, { asOf: '2021-06-30', value: '3', source: 'Register 2021' }, 201);
    // Entered later for the same date: a correction, which is the value in force.
    await call(
      'POST',
      values,
      {
        asOf: '2021-06-30',
        value: '4',
        source: 'Register 2021, corrected',
        bySex: { woman: '0', man: '0', non_binary: '0', unknown: '4' },
      },
      201,
    );
    for (const [kind, amount] of [
      ['total_cost', '1573550'],
      ['eligible_cost', '1439741'],
      ['eu_support_committed', '705027'],
      ['cofinancing_rate', '48.97'],
      ['certified_expenditure', '1439741'],
    ])
      await call(
        'POST',
        `/api/operations/${operationId}/figures`,
        { kind, amount, asOf: '2019-01-15' },
        201,
      );
  });
  afterAll(() => app.close());

  async function upload(path: string, csv: string): Promise<void> {
    const form = new FormData();
    form.append('file', new Blob([csv]), 'file.csv');
    const response = await fetch(`${app.baseUrl}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    expect(response.status).toBe(200);
  }

  async function call<T = unknown>(
    method: string,
    path: string,
    body: unknown,
    expectedStatus = 200,
  ): Promise<T> {
    const response = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    const answer: unknown = await response.json();
    expect({ status: response.status, answer }).toMatchObject({ status: expectedStatus });
    return answer as T;
  }

  async function fundingOf(id: string): Promise<FundingIndicatorsView> {
    const { status, body } = await getJson<FundingIndicatorsView>(
      app.baseUrl,
      `/api/operations/${id}/indicators`,
      token,
    );
    expect(status).toBe(200);
    return body;
  }

  const indicator = (view: FundingIndicatorsView, code: string) => {
    const found = view.indicators.find((candidate) => candidate.code === code);
    if (!found) throw new Error(`${code} is not in ${JSON.stringify(view.indicators)}`);
    return found;
  };
  const rows = (years: FundingYearView[]) =>
    years.map(({ year, from, to, value, bySex }) => ({ year, from, to, value, bySex }));

  it('E024 counts distinct users from the start to each year end: a returning person once', async () => {
    const e024 = indicator(await fundingOf(operationId), 'E024');
    expect(e024).toMatchObject({
      code: 'E024',
      unit: 'users',
      aggregationRule: 'cumulative_distinct',
      baseline: { value: '0.00', year: 2018 },
      milestone: { value: '4.00', year: 2020 },
      target: { value: '8.00', year: 2021 },
    });
    expect(e024.names.en).toContain('e-government');
    expect(e024.names.ca.length).toBeGreaterThan(0);
    expect(e024.names.es.length).toBeGreaterThan(0);
    expect(rows(e024.years)).toEqual([
      { year: 2019, from: '2019-01-01', to: '2019-12-31', value: 2, bySex: sexes(1, 1, 0, 0) },
      { year: 2020, from: '2019-01-01', to: '2020-12-31', value: 4, bySex: sexes(2, 1, 1, 0) },
      // Ana, active in 2019 and 2021, is one of the five; Fay was never active within the operation.
      { year: 2021, from: '2019-01-01', to: '2021-12-31', value: 5, bySex: sexes(2, 1, 1, 1) },
    ]);
    expect(e024.years.map((year) => [year.percentOfTarget, year.percentOfMilestone])).toEqual([
      [25, 50],
      [50, 100],
      [62.5, 125],
    ]);
  });

  it('RCR11 counts distinct users within each calendar year, never summed', async () => {
    const view = await fundingOf(operationId);
    const rcr11 = indicator(view, 'RCR11');
    expect(rcr11).toMatchObject({
      aggregationRule: 'annual_distinct',
      unit: 'users/year',
      milestone: null,
    });
    expect(rows(rcr11.years)).toEqual([
      { year: 2019, from: '2019-01-01', to: '2019-12-31', value: 2, bySex: sexes(1, 1, 0, 0) },
      { year: 2020, from: '2020-01-01', to: '2020-12-31', value: 2, bySex: sexes(1, 0, 1, 0) },
      { year: 2021, from: '2021-01-01', to: '2021-12-31', value: 3, bySex: sexes(2, 0, 0, 1) },
    ]);
    expect(rcr11.years.map((year) => [year.percentOfTarget, year.percentOfMilestone])).toEqual([
      [50, null],
      [50, null],
      [75, null],
    ]);
    // The years add up to 7 person-years, but only 5 persons came: E024's last year.
    expect(rcr11.years.reduce((sum, year) => sum + (year.value ?? 0), 0)).toBe(7);
    expect(indicator(view, 'E024').years.at(-1)?.value).toBe(5);
  });

  it('every by-sex cell set adds up to its total', async () => {
    const view = await fundingOf(operationId);
    const computed = view.indicators.filter((item) => item.aggregationRule !== 'manual');
    expect(computed).toHaveLength(2);
    for (const item of computed)
      for (const year of item.years) {
        const { woman, man, non_binary, unknown } = year.bySex!;
        expect(woman + man + non_binary + unknown).toBe(year.value);
      }
    expect(view.provenance).toMatchObject({ definitionsVersion: expect.any(String) });
    // Eleven counting statements, whatever their period.
    expect(view.provenance?.statementCount).toBe(11);
  });

  it('RCO14 shows the value entered that is in force at each year end', async () => {
    const rco14 = indicator(await fundingOf(operationId), 'RCO14');
    expect(rco14).toMatchObject({ aggregationRule: 'manual', unit: 'institutions' });
    expect(
      rco14.years.map(({ year, to, value, bySex, enteredAsOf }) => ({
        year,
        to,
        value,
        bySex,
        enteredAsOf,
      })),
    ).toEqual([
      { year: 2019, to: '2019-12-31', value: 2, bySex: null, enteredAsOf: '2019-12-31' },
      { year: 2020, to: '2020-12-31', value: 2, bySex: null, enteredAsOf: '2019-12-31' },
      {
        year: 2021,
        to: '2021-12-31',
        value: 4,
        bySex: sexes(0, 0, 0, 4),
        enteredAsOf: '2021-06-30',
      },
    ]);
    expect(rco14.years.map((year) => [year.percentOfTarget, year.percentOfMilestone])).toEqual([
      [40, 100],
      [40, 100],
      [80, 200],
    ]);
  });

  it('clips each year to an operation that starts and ends mid-year', async () => {
    const midYear = await call<OperationView>(
      'POST',
      '/api/operations',
      { ...OPERATION, code: 'MID-YEAR', startDate: '2019-06-01', endDate: '2021-03-31' },
      201,
    );
    await call('PUT', `/api/operations/${midYear.id}/indicators/E024`, {});
    await call('PUT', `/api/operations/${midYear.id}/indicators/RCR11`, {});
    const view = await fundingOf(midYear.id);
    expect(view.period).toEqual({ from: '2019-06-01', to: '2021-03-31' });
    // Ana's 2019 and 2021 activity both fall outside; Bet completes on the first day.
    expect(rows(indicator(view, 'E024').years)).toEqual([
      { year: 2019, from: '2019-06-01', to: '2019-12-31', value: 1, bySex: sexes(0, 1, 0, 0) },
      { year: 2020, from: '2019-06-01', to: '2020-12-31', value: 3, bySex: sexes(1, 1, 1, 0) },
      { year: 2021, from: '2019-06-01', to: '2021-03-31', value: 4, bySex: sexes(1, 1, 1, 1) },
    ]);
    expect(rows(indicator(view, 'RCR11').years)).toEqual([
      { year: 2019, from: '2019-06-01', to: '2019-12-31', value: 1, bySex: sexes(0, 1, 0, 0) },
      { year: 2020, from: '2020-01-01', to: '2020-12-31', value: 2, bySex: sexes(1, 0, 1, 0) },
      { year: 2021, from: '2021-01-01', to: '2021-03-31', value: 1, bySex: sexes(0, 0, 0, 1) },
    ]);
    // No target, no percentage.
    expect(indicator(view, 'E024').years.every((year) => year.percentOfTarget === null)).toBe(true);
  });

  it("divides the seed's money by the users, enrolments and completions of the whole period", async () => {
    const { status, body } = await getJson<MoneyIndicatorsView>(
      app.baseUrl,
      `/api/operations/${operationId}/money`,
      token,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      currency: 'EUR',
      period: { from: '2019-01-01', to: '2021-12-31' },
      rounding: 'half-up-to-cent',
      bases: {
        total: { kind: 'total_cost', amount: '1573550.00', asOf: '2019-01-15' },
        eligible: { kind: 'eligible_cost', amount: '1439741.00', asOf: '2019-01-15' },
        eu: { kind: 'eu_support_committed', amount: '705027.00', asOf: '2019-01-15' },
      },
    });
    // 5 users (Ana once), 4 first enrolments, 3 first completions.
    expect(body.costPer).toEqual({
      user: { count: 5, total: '314710.00', eligible: '287948.20', eu: '141005.40' },
      enrolment: { count: 4, total: '393387.50', eligible: '359935.25', eu: '176256.75' },
      completion: { count: 3, total: '524516.67', eligible: '479913.67', eu: '235009.00' },
    });
    // 705,027 is 48.969 % of the eligible cost: at the rounded rate it is EUR 14.17 short.
    expect(body.cofinancingCheck).toEqual({
      ratePercent: '48.97',
      certifiedExpenditure: '1439741.00',
      expectedEuSupport: '705041.17',
      tolerance: '1.00',
      committed: { recorded: '705027.00', difference: '-14.17', flagged: true },
      paid: null,
    });
  });

  it('has no cost per unit when nobody was counted or a figure is missing', async () => {
    const empty = await call<OperationView>(
      'POST',
      '/api/operations',
      { ...OPERATION, code: 'NOBODY-2016', startDate: '2016-01-01', endDate: '2016-12-31' },
      201,
    );
    await call(
      'POST',
      `/api/operations/${empty.id}/figures`,
      {
        kind: 'total_cost',
        amount: '1000',
        asOf: '2016-01-01',
      },
      201,
    );
    const { body } = await getJson<MoneyIndicatorsView>(
      app.baseUrl,
      `/api/operations/${empty.id}/money`,
      token,
    );
    expect(body.bases).toEqual({
      total: { kind: 'total_cost', amount: '1000.00', asOf: '2016-01-01' },
      eligible: null,
      eu: null,
    });
    const none = { count: 0, total: null, eligible: null, eu: null };
    expect(body.costPer).toEqual({ user: none, enrolment: none, completion: none });
    expect(body.cofinancingCheck).toBeNull();

    // Over a period with users, a missing figure still gives null on its basis only.
    await call('PATCH', `/api/operations/${empty.id}`, {
      startDate: '2019-01-01',
      endDate: '2019-12-31',
    });
    const counted = await getJson<MoneyIndicatorsView>(
      app.baseUrl,
      `/api/operations/${empty.id}/money`,
      token,
    );
    expect(counted.body.costPer.user).toEqual({
      count: 2,
      total: '500.00',
      eligible: null,
      eu: null,
    });
    // No indicators linked: nothing to compute, so no provenance either.
    expect(await fundingOf(empty.id)).toEqual({
      operationId: empty.id,
      period: { from: '2019-01-01', to: '2019-12-31' },
      indicators: [],
      provenance: null,
    });
  });

  it('answers 404 for an unknown operation and 401 without a token', async () => {
    for (const path of ['indicators', 'money']) {
      const unknown = await getJson<{ code: string }>(
        app.baseUrl,
        `/api/operations/6f1c2b1e-8d1a-4a53-9c3e-2f7a1b9e0c11/${path}`,
        token,
      );
      expect([unknown.status, unknown.body.code]).toEqual([404, 'operations.not_found']);
      const anonymous = await fetch(`${app.baseUrl}/api/operations/${operationId}/${path}`);
      expect(anonymous.status).toBe(401);
    }
  });
});
