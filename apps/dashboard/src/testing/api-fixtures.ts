import { type AuthSession } from '../app/core/auth/auth-session.model';
import {
  type IndicatorDefinition,
  MONEY_KINDS,
  type ManualValue,
  type MoneyFigure,
  type MoneyKind,
  type Operation,
  type OperationIndicator,
  type OperationSummary,
} from '../app/core/api/operations.model';
import { type Freshness, type Provenance } from '../app/core/api/indicators.model';

export const PROVENANCE: Provenance = {
  cutoff: '2024-06-15T08:00:00.000Z',
  definitionsVersion: '1',
  statementCount: 48_210,
  fingerprint: 'a'.repeat(64),
};

export function aSession(overrides: Partial<AuthSession> = {}): AuthSession {
  return {
    token: 'token-123',
    expiresAt: '2024-06-16T00:00:00.000Z',
    user: { email: 'ana@example.org', role: 'manager' },
    ...overrides,
  };
}

export function aFreshness(stored: number, processed: number): Freshness {
  return {
    statementsStored: stored,
    statementsProcessed: processed,
    asOf: '2024-06-15T08:00:00.000Z',
  };
}

export function anAdminSession(overrides: Partial<AuthSession> = {}): AuthSession {
  return aSession({ user: { email: 'admin@example.org', role: 'admin' }, ...overrides });
}

export function anOperationSummary(overrides: Partial<OperationSummary> = {}): OperationSummary {
  return {
    id: '6f1c2b1e-8d1a-4a53-9c3e-2f7a1b9e0c11',
    code: 'BCN-CIBERNARIUM-2017',
    name: 'Cibernàrium: digital skills for citizens and businesses',
    programmeCci: '2014ES16RFOP011',
    programmeTitle: 'Programa Operativo FEDER de Catalunya 2014-2020',
    fund: 'ERDF',
    priorityAxis: '2 - Improving access to, use and quality of ICT',
    specificObjective: 'OE 2.3.1 - e-government, e-learning, e-inclusion, e-health',
    beneficiary: 'Barcelona Activa SAU SPM',
    startDate: '2017-01-01',
    endDate: '2020-12-31',
    retentionUntil: null,
    legalBasis: null,
    createdAt: '2024-06-01T10:00:00.000Z',
    updatedAt: '2024-06-01T10:00:00.000Z',
    ...overrides,
  };
}

export function aMoneyFigure(
  kind: MoneyKind,
  amount: string,
  asOf: string,
  overrides: Partial<MoneyFigure> = {},
): MoneyFigure {
  return {
    id: `${kind}-${asOf}`,
    kind,
    amount,
    asOf,
    source: null,
    note: null,
    recordedAt: '2024-06-01T10:00:00.000Z',
    recordedBy: 'user-1',
    ...overrides,
  };
}

/** An operation with a total cost, rate 50 % of certified 1,000,000 and EU support committed off by 2.50. */
export function anOperation(overrides: Partial<Operation> = {}): Operation {
  const figures = [
    aMoneyFigure('total_cost', '1573550.00', '2017-06-30', {
      source: 'Resolution of 30 June 2017',
    }),
    aMoneyFigure('certified_expenditure', '1000000.00', '2019-12-31'),
    aMoneyFigure('cofinancing_rate', '50.00', '2017-06-30'),
    aMoneyFigure('eu_support_committed', '500002.50', '2019-12-31'),
  ];
  const current = Object.fromEntries(
    MONEY_KINDS.map((kind) => [kind, figures.find((figure) => figure.kind === kind) ?? null]),
  ) as Record<MoneyKind, MoneyFigure | null>;
  return {
    ...anOperationSummary(),
    money: {
      currency: 'EUR',
      current,
      history: figures,
      cofinancingCheck: {
        ratePercent: '50.00',
        certifiedExpenditure: '1000000.00',
        expectedEuSupport: '500000.00',
        tolerance: '1.00',
        committed: { recorded: '500002.50', difference: '2.50', flagged: true },
        paid: null,
      },
    },
    indicators: [],
    ...overrides,
  };
}

/** RCO14 as seeded: an output indicator whose values are entered by hand. */
export function anIndicatorDefinition(
  overrides: Partial<IndicatorDefinition> = {},
): IndicatorDefinition {
  return {
    code: 'RCO14',
    type: 'output',
    names: {
      ca: 'Institucions públiques que reben suport per desenvolupar serveis digitals',
      es: 'Instituciones públicas que reciben apoyo para desarrollar servicios digitales',
      en: 'Public institutions supported to develop digital services',
    },
    unit: 'institutions',
    aggregationRule: 'manual',
    notes: 'ERDF 2021-2027 common output indicator.',
    ...overrides,
  };
}

/** E024 as seeded: computed from statements. */
export function anE024Definition(): IndicatorDefinition {
  return anIndicatorDefinition({
    code: 'E024',
    names: {
      ca: "Usuaris d'aplicacions d'administració electrònica",
      es: 'Usuarios de aplicaciones de administración electrónica',
      en: 'Users of e-government applications',
    },
    unit: 'users',
    aggregationRule: 'cumulative_distinct',
    notes: null,
  });
}

/** A catalogue indicator as linked to an operation, with nothing set unless given. */
export function anOperationIndicator(
  definition: IndicatorDefinition = anIndicatorDefinition(),
  overrides: Partial<OperationIndicator> = {},
): OperationIndicator {
  const { notes: _notes, ...fields } = definition;
  return { ...fields, baseline: null, milestone: null, target: null, ...overrides };
}

export function aManualValue(
  asOf: string,
  value: string,
  overrides: Partial<ManualValue> = {},
): ManualValue {
  return {
    id: `RCO14-${asOf}`,
    indicatorCode: 'RCO14',
    asOf,
    value,
    bySex: null,
    source: 'Register of supported institutions',
    note: null,
    recordedAt: '2024-06-01T10:00:00.000Z',
    recordedBy: 'user-1',
    ...overrides,
  };
}
