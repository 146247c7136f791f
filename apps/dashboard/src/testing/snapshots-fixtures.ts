import { type AuthSession, type UserRole } from '../app/core/auth/auth-session.model';
import {
  type EvidenceEntry,
  type Snapshot,
  type SnapshotComparison,
  type SnapshotEvidence,
  type SnapshotJob,
  type SnapshotListItem,
  type SnapshotSummary,
  type SnapshotVerification,
} from '../app/core/api/snapshots.model';
import { someIndicatorFigures } from './figures-fixtures';

export const SNAPSHOT_ID = '0b5e6c1a-2f3d-4e5f-8a9b-1c2d3e4f5a6b';
export const OTHER_SNAPSHOT_ID = '7d8e9f0a-1b2c-4d3e-9f5a-6b7c8d9e0f1a';
export const JOB_ID = SNAPSHOT_ID;

export function aSnapshotSession(role: UserRole, email = `${role}@example.org`): AuthSession {
  return { token: 'token-123', expiresAt: '2024-06-16T00:00:00.000Z', user: { email, role } };
}

export function aSnapshotSummary(overrides: Partial<SnapshotSummary> = {}): SnapshotSummary {
  return {
    id: SNAPSHOT_ID,
    query: {
      from: '2020-01-01',
      to: '2020-12-31',
      programme: null,
      format: null,
      course: null,
      ageScheme: 'esf2014',
      ageBands: null,
    },
    cutoff: '2021-01-15T09:30:00.000Z',
    definitionsVersion: '1',
    timeZone: 'Europe/Madrid',
    statementCount: 48_210,
    fingerprint: 'cd'.repeat(32),
    createdBy: { id: 'u-manager', email: 'manager@example.org' },
    createdAt: '2021-01-15T09:31:00.000Z',
    approval: null,
    supersedes: null,
    supersededBy: null,
    ...overrides,
  };
}

export function aSnapshotListItem(overrides: Partial<SnapshotListItem> = {}): SnapshotListItem {
  return {
    ...aSnapshotSummary(),
    headline: { users: 120, enrolments: 300, completions: 90, completers: 60 },
    ...overrides,
  };
}

/** A snapshot of 2020 whose users are 7 women and 5 unknown. */
export function aSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  const view = someIndicatorFigures(
    { from: '2020-01-01', to: '2020-12-31' },
    { users: 12, enrolments: 20, completions: 10, completers: 8 },
  );
  return {
    ...aSnapshotSummary(),
    view: {
      ...view,
      breakdowns: {
        ...view.breakdowns,
        users: { ...view.breakdowns.users, sex: { woman: 7, man: 0, non_binary: 0, unknown: 5 } },
      },
    },
    ...overrides,
  };
}

export function aSnapshotJob(overrides: Partial<SnapshotJob> = {}): SnapshotJob {
  return {
    jobId: JOB_ID,
    state: 'active',
    progress: { stage: 'computing', processed: 1_500 },
    snapshotId: null,
    error: null,
    ...overrides,
  };
}

export function aVerification(overrides: Partial<SnapshotVerification> = {}): SnapshotVerification {
  return {
    snapshotId: SNAPSHOT_ID,
    cutoff: '2021-01-15T09:30:00.000Z',
    matches: true,
    statementCountMatches: true,
    fingerprintMatches: true,
    statementCount: { snapshot: 48_210, recomputed: 48_210 },
    fingerprint: { snapshot: 'cd'.repeat(32), recomputed: 'cd'.repeat(32) },
    definitionsVersion: { snapshot: '1', recomputed: '1' },
    timeZone: { snapshot: 'Europe/Madrid', recomputed: 'Europe/Madrid' },
    differences: [],
    ...overrides,
  };
}

export function aComparison(overrides: Partial<SnapshotComparison> = {}): SnapshotComparison {
  return {
    a: aSnapshotSummary(),
    b: aSnapshotSummary({ id: OTHER_SNAPSHOT_ID, cutoff: '2021-03-01T08:00:00.000Z' }),
    statementCount: { a: 48_210, b: 48_300, difference: 90 },
    fingerprintsEqual: false,
    values: [
      { value: 'users', a: 120, b: 125, difference: 5, equal: false },
      { value: 'enrolments', a: 300, b: 300, difference: 0, equal: true },
      { value: 'completionRate', a: 0.3, b: 0.32, difference: 0.02, equal: false },
      { value: 'breakdowns.users.sex.woman', a: 70, b: 73, difference: 3, equal: false },
      { value: 'breakdowns.users.residence.Gràcia', a: null, b: 2, difference: null, equal: false },
    ],
    ...overrides,
  };
}

/** `count` persons numbered from `first`, each with one statement. */
export function someEvidenceEntries(first: number, count: number): EvidenceEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    person: `person:P${String(first + index).padStart(4, '0')}`,
    statementIds: [`00000000-0000-4000-8000-${String(first + index).padStart(12, '0')}`],
  }));
}

export function anEvidencePage(overrides: Partial<SnapshotEvidence> = {}): SnapshotEvidence {
  return {
    snapshotId: SNAPSHOT_ID,
    value: 'breakdowns.users.sex.woman',
    snapshotValue: 7,
    total: 7,
    matches: true,
    page: 1,
    pageSize: 50,
    entries: someEvidenceEntries(1, 7),
    ...overrides,
  };
}
