import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { login } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { passwordHasher } from '../auth/password-hasher.js';
import type { Role } from '../auth/role.js';
import { UserEntity } from '../auth/user.entity.js';
import type { IndicatorDefinitionView } from './indicator-catalogue.service.js';
import type {
  ManualValueView,
  OperationIndicatorView,
  OperationView,
} from './operations.service.js';

interface ErrorBody {
  code: string;
  message: string;
  details?: { field: string; message: string }[];
}

/** The seed's operation (spec section 6); the descriptive fields are plausible, not checked. */
const SEED_OPERATION = {
  code: 'BCN-CIBERNARIUM-2017',
  name: 'Cibernàrium: digital skills for citizens and businesses',
  programmeCci: '2014ES16RFOP011',
  programmeTitle: 'Programa Operativo FEDER de Catalunya 2014-2020',
  fund: 'ERDF',
  priorityAxis: '2 - Improving access to, use and quality of ICT',
  specificObjective: 'OE 2.3.1 - e-government, e-learning, e-inclusion, e-culture, e-health',
  beneficiary: 'Barcelona Activa SAU SPM',
  startDate: '2017-01-01',
  endDate: '2021-12-31',
};

describe('ERDF operations and the indicator catalogue', () => {
  let app: TestApp;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    app = await startTestApp();
    tokens.admin = await login(app);
    tokens.manager = await loginAs(app, 'manager');
    tokens.auditor = await loginAs(app, 'auditor');
  });
  afterAll(() => app.close());

  async function call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    token: string | null = tokens.admin,
  ): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers['Authorization'] = `Bearer ${token}`;
    const response = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  async function createOperation(overrides: Record<string, unknown> = {}): Promise<OperationView> {
    const created = await call<OperationView>('POST', '/api/operations', {
      ...SEED_OPERATION,
      ...overrides,
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  const addFigure = (id: string, figure: Record<string, unknown>) =>
    call<OperationView>('POST', `/api/operations/${id}/figures`, figure);

  it('serves the seeded catalogue: E024, RCO14 and RCR11 with their rules', async () => {
    const { status, body } = await call<IndicatorDefinitionView[]>(
      'GET',
      '/api/indicator-catalogue',
    );
    expect(status).toBe(200);
    expect(
      body.map(({ code, type, unit, aggregationRule }) => [code, type, unit, aggregationRule]),
    ).toEqual([
      ['E024', 'output', 'users', 'cumulative_distinct'],
      ['RCO14', 'output', 'institutions', 'manual'],
      ['RCR11', 'result', 'users/year', 'annual_distinct'],
    ]);
    expect(body[2]?.names.en).toBe(
      'Users of new and upgraded public digital services, products and processes',
    );
    for (const indicator of body) {
      expect(indicator.names.ca.length).toBeGreaterThan(0);
      expect(indicator.names.es.length).toBeGreaterThan(0);
    }
  });

  it("enters the seed's operation with its three money figures and reads them back exactly", async () => {
    const operation = await createOperation();
    expect(operation).toMatchObject(SEED_OPERATION);
    // As a string, a whole number and a number with decimals: all come back as exact strings.
    expect(
      (
        await addFigure(operation.id, {
          kind: 'total_cost',
          amount: '1573550',
          asOf: '2017-06-30',
          source: 'Grant resolution',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await addFigure(operation.id, {
          kind: 'eligible_cost',
          amount: 1439741,
          asOf: '2017-06-30',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await addFigure(operation.id, {
          kind: 'eu_support_committed',
          amount: 705027.0,
          asOf: '2017-06-30',
        })
      ).status,
    ).toBe(201);

    const { status, body } = await call<OperationView>('GET', `/api/operations/${operation.id}`);
    expect(status).toBe(200);
    expect(body.money.currency).toBe('EUR');
    expect(body.money.current.total_cost).toMatchObject({
      amount: '1573550.00',
      asOf: '2017-06-30',
      source: 'Grant resolution',
    });
    expect(body.money.current.eligible_cost).toMatchObject({
      amount: '1439741.00',
      asOf: '2017-06-30',
    });
    expect(body.money.current.eu_support_committed).toMatchObject({ amount: '705027.00' });
    expect(body.money.current.eu_support_paid).toBeNull();
    expect(body.money.history.map((f) => [f.kind, f.amount])).toEqual([
      ['total_cost', '1573550.00'],
      ['eligible_cost', '1439741.00'],
      ['eu_support_committed', '705027.00'],
    ]);
    expect(body.money.cofinancingCheck).toBeNull();
    const me = await call<{ id: string }>('GET', '/api/auth/me');
    expect(body.money.history[0]).toEqual({
      id: expect.any(String),
      kind: 'total_cost',
      amount: '1573550.00',
      asOf: '2017-06-30',
      source: 'Grant resolution',
      note: null,
      recordedAt: expect.any(String),
      recordedBy: me.body.id,
    });

    const listed = await call<{ code: string }[]>(
      'GET',
      '/api/operations',
      undefined,
      tokens.auditor,
    );
    expect(listed.body.map((o) => o.code)).toContain(SEED_OPERATION.code);
  });

  it('makes a later-dated figure current while the history keeps both', async () => {
    const operation = await createOperation({ code: 'SUPERSEDE-1' });
    await addFigure(operation.id, { kind: 'total_cost', amount: '1573550.00', asOf: '2017-06-30' });
    const later = await addFigure(operation.id, {
      kind: 'total_cost',
      amount: '1600000.10',
      asOf: '2019-03-01',
    });
    expect(later.body.money.current.total_cost).toMatchObject({
      amount: '1600000.10',
      asOf: '2019-03-01',
    });
    // Entered afterwards but dated earlier: history, not current.
    const backdated = await addFigure(operation.id, {
      kind: 'total_cost',
      amount: '1500000.00',
      asOf: '2018-01-01',
    });
    expect(backdated.body.money.current.total_cost!.amount).toBe('1600000.10');
    expect(backdated.body.money.history.map((f) => [f.asOf, f.amount])).toEqual([
      ['2017-06-30', '1573550.00'],
      ['2018-01-01', '1500000.00'],
      ['2019-03-01', '1600000.10'],
    ]);
  });

  it('checks rate x certified against the recorded EU support and flags a gap over EUR 1', async () => {
    const operation = await createOperation({ code: 'COFIN-1' });
    await addFigure(operation.id, {
      kind: 'eu_support_committed',
      amount: '705027.00',
      asOf: '2017-06-30',
    });
    await addFigure(operation.id, { kind: 'cofinancing_rate', amount: '50', asOf: '2017-06-30' });
    // ERDF 705,027 is 48.97 % of the eligible 1,439,741, not 50 %: flagged.
    const certifiedAll = await addFigure(operation.id, {
      kind: 'certified_expenditure',
      amount: '1439741.00',
      asOf: '2021-06-30',
    });
    expect(certifiedAll.body.money.cofinancingCheck).toEqual({
      ratePercent: '50.00',
      certifiedExpenditure: '1439741.00',
      expectedEuSupport: '719870.50',
      tolerance: '1.00',
      committed: { recorded: '705027.00', difference: '-14843.50', flagged: true },
      paid: null,
    });
    // Certified 1,410,054 at 50 % is exactly the committed support; a payment 80 cents short passes.
    await addFigure(operation.id, {
      kind: 'certified_expenditure',
      amount: '1410054.00',
      asOf: '2022-03-31',
    });
    const paid = await addFigure(operation.id, {
      kind: 'eu_support_paid',
      amount: '705026.20',
      asOf: '2022-05-01',
    });
    expect(paid.body.money.cofinancingCheck).toMatchObject({
      expectedEuSupport: '705027.00',
      committed: { difference: '0.00', flagged: false },
      paid: { recorded: '705026.20', difference: '-0.80', flagged: false },
    });
  });

  it('names every bad field of an operation and of a figure', async () => {
    const operation = await call<ErrorBody>('POST', '/api/operations', {
      ...SEED_OPERATION,
      code: 'has spaces',
      programmeCci: 'FEDER',
      fund: 'EAGF',
      name: '',
      endDate: '2016-12-31',
      beneficiary: undefined,
    });
    expect(operation.status).toBe(400);
    expect(operation.body.code).toBe('request.invalid');
    expect(operation.body.details!.map((d) => d.field).sort()).toEqual([
      'beneficiary',
      'code',
      'endDate',
      'fund',
      'name',
      'programmeCci',
    ]);

    const { id } = await createOperation({ code: 'VALIDATION-1' });
    const figure = await call<ErrorBody>('POST', `/api/operations/${id}/figures`, {
      kind: 'cofinancing_rate',
      amount: '150',
      asOf: '30/06/2017',
    });
    expect(figure.status).toBe(400);
    expect(figure.body.details!.map((d) => d.field).sort()).toEqual(['amount', 'asOf']);
    const float = await addFigure(id, {
      kind: 'total_cost',
      amount: 0.1 + 0.2,
      asOf: '2017-06-30',
    });
    expect(float.status).toBe(400);
    const future = await addFigure(id, { kind: 'total_cost', amount: '1', asOf: '2999-01-01' });
    expect(future.status).toBe(400);
    expect(future.body as unknown as ErrorBody).toMatchObject({ details: [{ field: 'asOf' }] });
  });

  it('edits an operation, refusing a taken code (409) and an unknown operation (404)', async () => {
    const first = await createOperation({ code: 'EDIT-1' });
    const second = await createOperation({ code: 'EDIT-2' });
    const edited = await call<OperationView>('PATCH', `/api/operations/${first.id}`, {
      endDate: '2023-12-31',
      beneficiary: 'Ajuntament de Barcelona',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      code: 'EDIT-1',
      endDate: '2023-12-31',
      beneficiary: 'Ajuntament de Barcelona',
    });

    const taken = await call<ErrorBody>('PATCH', `/api/operations/${second.id}`, {
      code: 'EDIT-1',
    });
    expect([taken.status, taken.body.code]).toEqual([409, 'operations.code_taken']);
    const duplicate = await call<ErrorBody>('POST', '/api/operations', {
      ...SEED_OPERATION,
      code: 'EDIT-1',
    });
    expect(duplicate.status).toBe(409);
    const badDates = await call<ErrorBody>('PATCH', `/api/operations/${first.id}`, {
      startDate: '2024-01-01',
    });
    expect(badDates.status).toBe(400);

    for (const id of [randomUUID(), 'no-such-operation']) {
      const missing = await call<ErrorBody>('GET', `/api/operations/${id}`);
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({
        code: 'operations.not_found',
        message: `No operation with id "${id}".`,
      });
    }
    expect(
      (await addFigure(randomUUID(), { kind: 'total_cost', amount: '1', asOf: '2017-01-01' }))
        .status,
    ).toBe(404);
  });

  it('lets managers and auditors read but only admins write; nobody without a token', async () => {
    const operation = await createOperation({ code: 'ROLES-1' });
    for (const role of ['manager', 'auditor'] as const) {
      expect(
        (await call('GET', `/api/operations/${operation.id}`, undefined, tokens[role])).status,
      ).toBe(200);
      expect((await call('GET', '/api/indicator-catalogue', undefined, tokens[role])).status).toBe(
        200,
      );
      const writes = [
        call('POST', '/api/operations', { ...SEED_OPERATION, code: `BY-${role}` }, tokens[role]),
        call('PATCH', `/api/operations/${operation.id}`, { name: 'x' }, tokens[role]),
        call(
          'POST',
          `/api/operations/${operation.id}/figures`,
          { kind: 'total_cost', amount: '1', asOf: '2017-01-01' },
          tokens[role],
        ),
        call('PUT', `/api/operations/${operation.id}/indicators/RCO14`, {}, tokens[role]),
        call('PATCH', '/api/indicator-catalogue/E024', { unit: 'people' }, tokens[role]),
      ];
      for (const write of await Promise.all(writes)) expect(write.status).toBe(403);
    }
    expect((await call('GET', '/api/operations', undefined, null)).status).toBe(401);
    expect((await call('GET', '/api/indicator-catalogue', undefined, null)).status).toBe(401);
    expect((await call('POST', '/api/operations', SEED_OPERATION, null)).status).toBe(401);
  });

  it('links indicators with per-operation targets and takes values only for manual ones', async () => {
    const operation = await createOperation({ code: 'INDICATORS-1' });
    const values = (code: string) => `/api/operations/${operation.id}/indicators/${code}/values`;
    const value = {
      asOf: '2021-12-31',
      value: '12',
      source: 'Register of supported municipalities',
    };

    // RCO14 is manual but not yet reported by this operation.
    const unlinked = await call<ErrorBody>('POST', values('RCO14'), value);
    expect([unlinked.status, unlinked.body.code]).toEqual([422, 'operations.indicator_not_linked']);

    const linked = await call<OperationIndicatorView>(
      'PUT',
      `/api/operations/${operation.id}/indicators/RCO14`,
      {
        baseline: { value: 0, year: 2017 },
        milestone: { value: '5', year: 2018 },
        target: { value: '20', year: 2023 },
      },
    );
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({
      code: 'RCO14',
      aggregationRule: 'manual',
      baseline: { value: '0.00', year: 2017 },
      target: { value: '20.00', year: 2023 },
    });
    await call('PUT', `/api/operations/${operation.id}/indicators/E024`, {
      target: { value: '25000', year: 2023 },
    });
    const withLinks = await call<OperationView>('GET', `/api/operations/${operation.id}`);
    expect(withLinks.body.indicators.map((i) => [i.code, i.target?.value])).toEqual([
      ['E024', '25000.00'],
      ['RCO14', '20.00'],
    ]);

    const entered = await call<ManualValueView>('POST', values('RCO14'), {
      ...value,
      bySex: { woman: 0, man: 0, non_binary: 0, unknown: 12 },
    });
    expect(entered.status).toBe(201);
    expect(entered.body).toMatchObject({
      indicatorCode: 'RCO14',
      asOf: '2021-12-31',
      value: '12.00',
      bySex: { unknown: '12.00' },
    });
    await call('POST', values('RCO14'), { ...value, asOf: '2020-12-31', value: '7' });
    const listed = await call<ManualValueView[]>('GET', values('rco14'), undefined, tokens.manager);
    expect(listed.body.map((v) => [v.asOf, v.value, v.source])).toEqual([
      ['2020-12-31', '7.00', value.source],
      ['2021-12-31', '12.00', value.source],
    ]);

    const computed = await call<ErrorBody>('POST', values('E024'), value);
    expect([computed.status, computed.body.code]).toEqual([422, 'operations.indicator_not_manual']);
    expect((await call('POST', values('X999'), value)).status).toBe(404);
    const badSplit = await call<ErrorBody>('POST', values('RCO14'), {
      ...value,
      source: '',
      bySex: { woman: 1, man: 1, non_binary: 0, unknown: 1 },
    });
    expect(badSplit.body.details!.map((d) => d.field).sort()).toEqual(['bySex', 'source']);

    // Its entered values keep RCO14 manual.
    const ruleChange = await call<ErrorBody>('PATCH', '/api/indicator-catalogue/RCO14', {
      aggregationRule: 'annual_distinct',
    });
    expect([ruleChange.status, ruleChange.body.code]).toEqual([
      409,
      'indicator_catalogue.manual_values_exist',
    ]);
  });

  it('lets admins add and edit catalogue indicators, never changing a code', async () => {
    const indicator = {
      code: 'CO01',
      type: 'output',
      names: {
        ca: 'Nombre d’empreses que reben suport',
        es: 'Número de empresas que reciben ayuda',
        en: 'Number of enterprises receiving support',
      },
      unit: 'enterprises',
      aggregationRule: 'manual',
    };
    const created = await call<IndicatorDefinitionView>(
      'POST',
      '/api/indicator-catalogue',
      indicator,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...indicator, notes: null });
    expect((await call('POST', '/api/indicator-catalogue', indicator)).status).toBe(409);

    const edited = await call<IndicatorDefinitionView>('PATCH', '/api/indicator-catalogue/CO01', {
      names: { en: 'Enterprises receiving support' },
      notes: 'ERDF 2014-2020 common indicator',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.names).toEqual({ ...indicator.names, en: 'Enterprises receiving support' });
    expect(edited.body.notes).toBe('ERDF 2014-2020 common indicator');

    const recode = await call<ErrorBody>('PATCH', '/api/indicator-catalogue/CO01', {
      code: 'CO02',
    });
    expect(recode.status).toBe(400);
    expect(recode.body.details).toEqual([
      { field: 'code', message: expect.stringContaining('cannot be changed') },
    ]);

    const invalid = await call<ErrorBody>('POST', '/api/indicator-catalogue', {
      code: 'bad code',
      type: 'impact',
      names: { ca: 'x' },
      unit: '',
      aggregationRule: 'sum',
    });
    expect(invalid.body.details!.map((d) => d.field).sort()).toEqual([
      'aggregationRule',
      'code',
      'names.en',
      'names.es',
      'type',
      'unit',
    ]);
    expect((await call('GET', '/api/indicator-catalogue/NOPE')).status).toBe(404);
  });
});

/** A user of the given role, created the way the first admin is, then logged in. */
async function loginAs(app: TestApp, role: Role): Promise<string> {
  const email = `${role}@test.local`;
  const password = `test-${role}-password`;
  const users = app.app.get(DataSource).getRepository(UserEntity);
  await users.insert({
    id: randomUUID(),
    email,
    passwordHash: await passwordHasher.hash(password),
    role,
  });
  return login({ baseUrl: app.baseUrl, admin: { email, password } });
}
