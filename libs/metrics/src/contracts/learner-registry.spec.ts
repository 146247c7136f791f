import { describe, expect, it } from '@jest/globals';
import {
  LEARNER_REGISTRY_COLUMNS,
  readLearnerRow,
  sameDemographics,
  type LearnerRegistryColumn,
} from './learner-registry.js';
import { checkColumns } from './row-error.js';

const blank = Object.fromEntries(LEARNER_REGISTRY_COLUMNS.map((c) => [c, ''])) as Record<
  LearnerRegistryColumn,
  string
>;
const row = (values: Partial<Record<LearnerRegistryColumn, string>>) => ({
  ...blank,
  person_id: 'P1',
  ...values,
});

describe('learner registry rows (spec section 9)', () => {
  it('reads an e-mail row with full demographics and keys it as spec section 2 says', () => {
    const result = readLearnerRow(
      row({
        email: ' Ana.Garcia@Example.org ',
        sex: 'woman',
        birth_year: '1990',
        isced_level: '6',
        employment_status: 'employed',
        municipality: ' Barcelona ',
        district: 'Gràcia',
      }),
      2,
      2026,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        row: 2,
        personId: 'P1',
        identifier: { kind: 'email', email: 'Ana.Garcia@Example.org' },
        // sha1sum of "mailto:ana.garcia@example.org"
        actorKey: 'sha1:1788e189fd528e894823e889b6c4f3381ae72eb7',
        demographics: {
          sex: 'woman',
          birthYear: 1990,
          iscedLevel: 6,
          employmentStatus: 'employed',
          municipality: 'Barcelona',
          district: 'Gràcia',
        },
      },
    });
  });

  it('reads an account row, its home page without trailing slashes in the key', () => {
    const result = readLearnerRow(
      row({ account_home_page: 'https://moodle.example.org/', account_name: 'u-42' }),
      3,
      2026,
    );
    expect(result.ok && result.value.actorKey).toBe('account:https://moodle.example.org|u-42');
    expect(result.ok && result.value.demographics).toEqual({
      sex: null,
      birthYear: null,
      iscedLevel: null,
      employmentStatus: null,
      municipality: null,
      district: null,
    });
  });

  it.each([
    [{ email: 'a@example.org', account_name: 'u' }, 'email', 'never both'],
    [{}, 'email', 'needs an email or an account'],
    [{ account_home_page: 'https://lms.example.org' }, 'account_name', 'both its home page'],
    [{ account_home_page: 'lms', account_name: 'u' }, 'account_home_page', 'not an IRL'],
    [{ email: 'not an address' }, 'email', 'not an e-mail address'],
    [{ email: 'a@example.org', sex: 'female' }, 'sex', 'not one of woman, man, non_binary'],
    [{ email: 'a@example.org', birth_year: '1899' }, 'birth_year', 'from 1900 to 2026'],
    [{ email: 'a@example.org', birth_year: '2027' }, 'birth_year', 'from 1900 to 2026'],
    [{ email: 'a@example.org', birth_year: '19.5' }, 'birth_year', 'whole number'],
    [{ email: 'a@example.org', isced_level: '9' }, 'isced_level', 'from 0 to 8'],
    [{ email: 'a@example.org', employment_status: 'retired' }, 'employment_status', 'inactive'],
    [{ email: 'a@example.org', person_id: ' ' }, 'person_id', 'is required'],
  ] as const)('refuses %j with an error on %s', (values, column, message) => {
    const result = readLearnerRow(row(values), 7, 2026);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { row: 7, column, message: expect.stringContaining(message) },
    ]);
  });

  it('reports every problem of a row, not only the first', () => {
    const result = readLearnerRow(row({ sex: 'x', birth_year: 'y', isced_level: 'z' }), 4, 2026);
    expect(!result.ok && result.errors.map((e) => e.column)).toEqual([
      'email',
      'sex',
      'birth_year',
      'isced_level',
    ]);
  });

  it('compares the demographics of two rows of one person', () => {
    const a = readLearnerRow(row({ email: 'a@example.org', sex: 'man' }), 2, 2026);
    const b = readLearnerRow(
      row({ account_home_page: 'https://l.org', account_name: 'a', sex: 'man' }),
      3,
      2026,
    );
    const c = readLearnerRow(row({ email: 'c@example.org', sex: 'woman' }), 4, 2026);
    if (!a.ok || !b.ok || !c.ok) throw new Error('rows should be valid');
    expect(sameDemographics(a.value.demographics, b.value.demographics)).toBe(true);
    expect(sameDemographics(a.value.demographics, c.value.demographics)).toBe(false);
  });
});

describe('file headers', () => {
  it('accepts the columns in any order', () => {
    expect(checkColumns(LEARNER_REGISTRY_COLUMNS, [...LEARNER_REGISTRY_COLUMNS].reverse())).toEqual(
      [],
    );
  });

  it('names every missing, unknown and repeated column', () => {
    const header = ['person_id', 'email', 'email', 'phone', ...LEARNER_REGISTRY_COLUMNS.slice(4)];
    expect(checkColumns(LEARNER_REGISTRY_COLUMNS, header)).toEqual([
      { row: 1, column: 'email', message: 'appears more than once in the header' },
      { row: 1, column: 'phone', message: expect.stringContaining('is not a column of this file') },
      { row: 1, column: 'account_home_page', message: 'is missing from the header' },
      { row: 1, column: 'account_name', message: 'is missing from the header' },
    ]);
  });
});
