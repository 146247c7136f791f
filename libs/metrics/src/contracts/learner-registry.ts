import { actorKey } from '@fita/xapi';
import type { RowError } from './row-error.js';

/** The learner registry's columns (spec section 9), in any order in a file. */
export const LEARNER_REGISTRY_COLUMNS = [
  'person_id',
  'email',
  'account_home_page',
  'account_name',
  'sex',
  'birth_year',
  'isced_level',
  'employment_status',
  'municipality',
  'district',
] as const;
export type LearnerRegistryColumn = (typeof LEARNER_REGISTRY_COLUMNS)[number];

export const SEXES = ['woman', 'man', 'non_binary'] as const;
export type Sex = (typeof SEXES)[number];
export const EMPLOYMENT_STATUSES = [
  'employed',
  'self_employed',
  'unemployed',
  'inactive',
  'student',
] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

/** What the registry says about a person; null is unknown. */
export interface Demographics {
  sex: Sex | null;
  birthYear: number | null;
  iscedLevel: number | null;
  employmentStatus: EmploymentStatus | null;
  municipality: string | null;
  district: string | null;
}

/** One identifier of a person: an e-mail address or an LMS account. */
export type LearnerIdentifier =
  { kind: 'email'; email: string } | { kind: 'account'; homePage: string; name: string };

export interface LearnerRow {
  /** Line number in the file (the header is line 1). */
  row: number;
  personId: string;
  identifier: LearnerIdentifier;
  /** The actor key statements from this identifier carry (spec section 2). */
  actorKey: string;
  demographics: Demographics;
}

export type LearnerRowResult = { ok: true; value: LearnerRow } | { ok: false; errors: RowError[] };

const MAX_TEXT = 200;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const NUL = '\u0000';
/** Postgres text cannot hold U+0000: such a value would fail the whole import in the database. */
const NUL_MESSAGE = 'contains the NUL character (U+0000), which cannot be stored';

/**
 * Checks one data row of the registry and derives its actor key. Every
 * problem of the row is reported, not only the first. `currentYear` bounds
 * `birth_year` (1900 to the current year).
 */
export function readLearnerRow(
  record: Readonly<Record<LearnerRegistryColumn, string>>,
  row: number,
  currentYear: number,
): LearnerRowResult {
  const errors: RowError[] = [];
  const fail = (column: LearnerRegistryColumn, message: string) => {
    errors.push({ row, column, message });
    return null;
  };
  const text = (column: LearnerRegistryColumn): string | null => {
    const value = record[column].trim();
    if (value === '') return null;
    if (value.includes(NUL)) return fail(column, NUL_MESSAGE);
    return value.length > MAX_TEXT ? fail(column, `is longer than ${MAX_TEXT} characters`) : value;
  };

  const personId = text('person_id') ?? fail('person_id', 'is required');
  const identifier = readIdentifier(record, row, errors);
  const demographics: Demographics = {
    sex: oneOf(record.sex, SEXES, 'sex', fail),
    birthYear: wholeNumber(record.birth_year, 1900, currentYear, 'birth_year', fail),
    iscedLevel: wholeNumber(record.isced_level, 0, 8, 'isced_level', fail),
    employmentStatus: oneOf(
      record.employment_status,
      EMPLOYMENT_STATUSES,
      'employment_status',
      fail,
    ),
    municipality: text('municipality'),
    district: text('district'),
  };
  if (errors.length > 0 || personId === null || identifier === null) return { ok: false, errors };
  return {
    ok: true,
    value: { row, personId, identifier, actorKey: keyOf(identifier), demographics },
  };
}

/** Two rows of one person must say the same about them (spec section 9). */
export function sameDemographics(a: Demographics, b: Demographics): boolean {
  return (Object.keys(a) as (keyof Demographics)[]).every((key) => a[key] === b[key]);
}

function readIdentifier(
  record: Readonly<Record<LearnerRegistryColumn, string>>,
  row: number,
  errors: RowError[],
): LearnerIdentifier | null {
  const email = record.email.trim();
  const homePage = record.account_home_page.trim();
  const name = record.account_name.trim();
  const hasAccount = homePage !== '' || name !== '';
  if (email !== '' && hasAccount) {
    errors.push({
      row,
      column: 'email',
      message: 'a row has either an email or an account, never both: give each its own row',
    });
    return null;
  }
  const withNul = (['email', 'account_home_page', 'account_name'] as const).find((column) =>
    record[column].includes(NUL),
  );
  if (withNul !== undefined) {
    errors.push({ row, column: withNul, message: NUL_MESSAGE });
    return null;
  }
  if (email !== '') {
    if (!EMAIL.test(email) || email.length > MAX_TEXT) {
      errors.push({ row, column: 'email', message: `"${email}" is not an e-mail address` });
      return null;
    }
    return { kind: 'email', email };
  }
  if (!hasAccount) {
    errors.push({
      row,
      column: 'email',
      message: 'a row needs an email or an account (account_home_page and account_name)',
    });
    return null;
  }
  if (homePage === '' || name === '') {
    const missing = homePage === '' ? 'account_home_page' : 'account_name';
    errors.push({
      row,
      column: missing,
      message: 'an account needs both its home page and its name',
    });
    return null;
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(homePage)) {
    errors.push({ row, column: 'account_home_page', message: `"${homePage}" is not an IRL` });
    return null;
  }
  return { kind: 'account', homePage, name };
}

function keyOf(identifier: LearnerIdentifier): string {
  return identifier.kind === 'email'
    ? actorKey({ mbox: `mailto:${identifier.email}` })
    : actorKey({ account: { homePage: identifier.homePage, name: identifier.name } });
}

function oneOf<T extends string>(
  raw: string,
  allowed: readonly T[],
  column: LearnerRegistryColumn,
  fail: (column: LearnerRegistryColumn, message: string) => null,
): T | null {
  const value = raw.trim();
  if (value === '') return null;
  return (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fail(column, `"${value}" is not one of ${allowed.join(', ')} (or empty for unknown)`);
}

function wholeNumber(
  raw: string,
  min: number,
  max: number,
  column: LearnerRegistryColumn,
  fail: (column: LearnerRegistryColumn, message: string) => null,
): number | null {
  const value = raw.trim();
  if (value === '') return null;
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  return number >= min && number <= max
    ? number
    : fail(column, `"${value}" is not a whole number from ${min} to ${max} (or empty for unknown)`);
}
