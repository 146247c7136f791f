import { type AuthSession, type UserRole } from '../app/core/auth/auth-session.model';
import {
  type FundingIndicators,
  type MoneyIndicators,
  type OperationIndicator,
} from '../app/core/api/operations.model';
import {
  PROVENANCE,
  aSession,
  anE024Definition,
  anIndicatorDefinition,
  anOperationIndicator,
} from './api-fixtures';

/** The id of `anOperation()`. */
export const OPERATION_ID = '6f1c2b1e-8d1a-4a53-9c3e-2f7a1b9e0c11';

/** Who reads the funding pages without editing them (issue 7). */
export const READ_ONLY_ROLES: readonly UserRole[] = ['manager', 'auditor'];

export function aSessionAs(role: UserRole): AuthSession {
  return aSession({ user: { email: `${role}@example.org`, role } });
}

/** E024 linked to an operation with a milestone in 2019 and a target in 2020. */
export function anE024Link(): OperationIndicator {
  return anOperationIndicator(anE024Definition(), {
    milestone: { value: '4.00', year: 2019 },
    target: { value: '8.00', year: 2020 },
  });
}

/** RCO14 linked to an operation with a target of 5 in 2020; its values are entered by hand. */
export function anRco14Link(): OperationIndicator {
  return anOperationIndicator(anIndicatorDefinition(), {
    target: { value: '5.00', year: 2020 },
  });
}

/**
 * E024 and RCO14 of an operation run from 2019 to 2020: E024 counted from
 * statements (5 distinct persons by the end of 2020), RCO14 entered by hand
 * in 2020 only and without a split by sex.
 */
export function aFundingIndicators(): FundingIndicators {
  return {
    operationId: OPERATION_ID,
    period: { from: '2019-01-01', to: '2020-12-31' },
    indicators: [
      {
        ...anE024Link(),
        years: [
          {
            year: 2019,
            from: '2019-01-01',
            to: '2019-12-31',
            value: 2,
            bySex: { woman: 1, man: 1, non_binary: 0, unknown: 0 },
            enteredAsOf: null,
            percentOfTarget: 25,
            percentOfMilestone: 50,
          },
          {
            year: 2020,
            from: '2019-01-01',
            to: '2020-12-31',
            value: 5,
            bySex: { woman: 2, man: 1, non_binary: 1, unknown: 1 },
            enteredAsOf: null,
            percentOfTarget: 62.5,
            percentOfMilestone: 125,
          },
        ],
      },
      {
        ...anRco14Link(),
        years: [
          {
            year: 2019,
            from: '2019-01-01',
            to: '2019-12-31',
            value: null,
            bySex: null,
            enteredAsOf: null,
            percentOfTarget: null,
            percentOfMilestone: null,
          },
          {
            year: 2020,
            from: '2019-01-01',
            to: '2020-12-31',
            value: 7.5,
            bySex: null,
            enteredAsOf: '2020-06-30',
            percentOfTarget: 150,
            percentOfMilestone: null,
          },
        ],
      },
    ],
    provenance: PROVENANCE,
  };
}

/** Costs of the same operation: total and eligible recorded, EU support not yet. */
export function aMoneyIndicators(): MoneyIndicators {
  return {
    operationId: OPERATION_ID,
    currency: 'EUR',
    period: { from: '2019-01-01', to: '2020-12-31' },
    rounding: 'half-up-to-cent',
    bases: {
      total: { kind: 'total_cost', amount: '1573550.00', asOf: '2019-01-15' },
      eligible: { kind: 'eligible_cost', amount: '1439741.00', asOf: '2019-01-15' },
      eu: null,
    },
    costPer: {
      user: { count: 5, total: '314710.00', eligible: '287948.20', eu: null },
      enrolment: { count: 4, total: '393387.50', eligible: '359935.25', eu: null },
      completion: { count: 0, total: null, eligible: null, eu: null },
    },
    cofinancingCheck: null,
    provenance: PROVENANCE,
  };
}
