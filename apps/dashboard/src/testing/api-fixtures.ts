import { type AuthSession } from '../app/core/auth/auth-session.model';
import {
  type Freshness,
  type IndicatorSeries,
  type IndicatorSummary,
  type Provenance,
} from '../app/core/api/indicators.model';

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

export function aSummary(year: number, users: number): IndicatorSummary {
  return {
    period: { from: `${year}-01-01`, to: `${year}-12-31` },
    users,
    provenance: PROVENANCE,
  };
}

/** A yearly series from 2017 to `lastYear`, with 0 users where `usersByYear` has no entry. */
export function aSeries(usersByYear: Record<number, number>, lastYear: number): IndicatorSeries {
  const points = [];
  for (let year = 2017; year <= lastYear; year++) {
    points.push({
      period: String(year),
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      users: usersByYear[year] ?? 0,
    });
  }
  return { interval: 'year', points, provenance: PROVENANCE };
}

export function aFreshness(stored: number, processed: number): Freshness {
  return {
    statementsStored: stored,
    statementsProcessed: processed,
    asOf: '2024-06-15T08:00:00.000Z',
  };
}
