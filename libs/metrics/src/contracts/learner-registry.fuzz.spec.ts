import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  EMPLOYMENT_STATUSES,
  LEARNER_REGISTRY_COLUMNS,
  SEXES,
  readLearnerRow,
  type LearnerIdentifier,
  type LearnerRegistryColumn,
  type LearnerRow,
} from './learner-registry.js';
import { anyRowOf, expectRefusedAt, malformed, padded, space } from './row-fuzzing.test-support.js';

// Property-based fuzzing of the learner registry's row reader (spec section 9,
// issue 9): rows generated from what they mean are read back as that meaning
// and written out again unchanged; rows broken in chosen columns are refused
// naming exactly those columns, the row and why; no row whatever makes it
// throw. A fixed seed makes every run check the same rows; fast-check prints
// the seed and the shrunk counterexample on failure (FITA_FUZZ_SEED runs another).

const SEED = Number(process.env['FITA_FUZZ_SEED'] ?? 20_210_309);
const RUNS = 10_000;
const MAX_TEXT = 200;

type Row = Record<LearnerRegistryColumn, string>;
const COLUMNS: readonly string[] = LEARNER_REGISTRY_COLUMNS;

/** What a valid row says, before it is written down. */
interface Meaning {
  row: number;
  currentYear: number;
  personId: string;
  identifier: LearnerIdentifier;
  demographics: LearnerRow['demographics'];
}

// ---------------------------------------------------------------------------
// Valid rows
// ---------------------------------------------------------------------------

/** Text without a NUL, as written after trimming: non-empty and at most `max` UTF-16 units. */
const trimmedText = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
      fc.constantFrom('Núria', "L'Hospitalet de Llobregat", 'Sant Martí, "el Clot"', '東京', '👩🏽‍💻'),
      fc.string({
        unit: fc.constantFrom(...'abcdefghij ,;"\''),
        minLength: max - 10,
        maxLength: max,
      }),
    )
    .map((text) => text.replaceAll('\u0000', '').trim())
    .filter((text) => text !== '' && text.length <= max);

const noSpaceNorAt = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 20 })
  .filter((s) => !/[\s@]/.test(s) && !s.includes('\u0000'));
const email = fc
  .tuple(noSpaceNorAt, noSpaceNorAt)
  .map(([local, domain]) => `${local}@${domain}`)
  .filter((address) => address.length <= MAX_TEXT);
const homePage = fc
  .tuple(
    fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,6}$/),
    fc
      .string({ unit: 'binary', minLength: 1, maxLength: 30 })
      .filter((s) => !/\s/.test(s) && !s.includes('\u0000')),
    fc.constantFrom('', '/', '//'),
  )
  .map(([scheme, rest, slashes]) => `${scheme}://${rest}${slashes}`);
const identifier: fc.Arbitrary<LearnerIdentifier> = fc.oneof(
  email.map((address) => ({ kind: 'email' as const, email: address })),
  fc
    .tuple(homePage, fc.oneof(trimmedText(MAX_TEXT), trimmedText(2_000)))
    .map(([page, name]) => ({ kind: 'account' as const, homePage: page, name })),
);

const meaning: fc.Arbitrary<Meaning> = fc.integer({ min: 1900, max: 2100 }).chain((currentYear) =>
  fc.record({
    row: fc.integer({ min: 2, max: 2_000_000 }),
    currentYear: fc.constant(currentYear),
    personId: trimmedText(MAX_TEXT),
    identifier,
    demographics: fc.record({
      sex: fc.constantFrom(null, ...SEXES),
      birthYear: fc.option(fc.integer({ min: 1900, max: currentYear }), { nil: null }),
      iscedLevel: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
      employmentStatus: fc.constantFrom(null, ...EMPLOYMENT_STATUSES),
      municipality: fc.option(trimmedText(MAX_TEXT), { nil: null }),
      district: fc.option(trimmedText(MAX_TEXT), { nil: null }),
    }),
  }),
);

/** A number as a person may type it: with leading zeros now and then. */
const number = (n: number | null) =>
  n === null ? fc.constant('') : fc.constantFrom('', '0', '00').map((zeros) => `${zeros}${n}`);

/** The row a meaning is written as, every value padded with whitespace that trim removes. */
function written(m: Meaning): fc.Arbitrary<Row> {
  const d = m.demographics;
  const id = m.identifier;
  return fc.record({
    person_id: padded(m.personId),
    email: id.kind === 'email' ? padded(id.email) : space,
    account_home_page: id.kind === 'account' ? padded(id.homePage) : space,
    account_name: id.kind === 'account' ? padded(id.name) : space,
    sex: d.sex === null ? space : padded(d.sex),
    birth_year: number(d.birthYear).chain(padded),
    isced_level: number(d.iscedLevel).chain(padded),
    employment_status: d.employmentStatus === null ? space : padded(d.employmentStatus),
    municipality: d.municipality === null ? space : padded(d.municipality),
    district: d.district === null ? space : padded(d.district),
  });
}

/** A read row written back as a file would hold it. */
function writeBack(value: LearnerRow): Row {
  const d = value.demographics;
  const id = value.identifier;
  return {
    person_id: value.personId,
    email: id.kind === 'email' ? id.email : '',
    account_home_page: id.kind === 'account' ? id.homePage : '',
    account_name: id.kind === 'account' ? id.name : '',
    sex: d.sex ?? '',
    birth_year: d.birthYear === null ? '' : String(d.birthYear),
    isced_level: d.iscedLevel === null ? '' : String(d.iscedLevel),
    employment_status: d.employmentStatus ?? '',
    municipality: d.municipality ?? '',
    district: d.district ?? '',
  };
}

/** Spec section 2, computed here with WebCrypto rather than the code under test. */
async function expectedActorKey(id: LearnerIdentifier): Promise<string> {
  if (id.kind === 'account') return `account:${id.homePage.replace(/\/+$/, '')}|${id.name}`;
  const digest = await crypto.subtle.digest(
    'SHA-1',
    new TextEncoder().encode(`mailto:${id.email.toLowerCase()}`),
  );
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0'));
  return `sha1:${hex.join('')}`;
}

// ---------------------------------------------------------------------------
// Breakages: each names the column it breaks
// ---------------------------------------------------------------------------

interface Breakage {
  column: LearnerRegistryColumn;
  apply: (row: Row, m: Meaning) => Row;
  /** The message must quote the value when it is one of a kind (a code, a year). */
  quotes?: string;
}
const set = (
  column: LearnerRegistryColumn,
  value: string,
  quotes?: string,
): fc.Arbitrary<Breakage> =>
  fc.constant({ column, apply: (row: Row) => ({ ...row, [column]: value }), quotes });
const long = (min: number) =>
  fc.string({ unit: fc.constantFrom(...'abcdefghij'), minLength: min, maxLength: min + 300 });
/** A value with a NUL inside, which Postgres text cannot hold. */
const withNul = fc
  .tuple(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }))
  .map(([a, b]) => `x${a}\u0000${b}x`);

const personIdBreakage = fc.oneof(
  space.map((blank) => ({
    column: 'person_id' as const,
    apply: (row: Row) => ({ ...row, person_id: blank }),
  })),
  long(MAX_TEXT + 1).chain((text) => set('person_id', text)),
  withNul.chain((text) => set('person_id', text)),
);
const codeBreakage = (
  column: 'sex' | 'employment_status',
  allowed: readonly string[],
): fc.Arbitrary<Breakage> =>
  fc
    .oneof(
      fc.constantFrom(
        'Woman',
        'female',
        'w',
        'non-binary',
        'unknown',
        '0',
        'Employed',
        'retired',
        'self-employed',
        'x\u0000',
      ),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
    )
    .map((text) => text.trim())
    .filter((text) => text !== '' && !allowed.includes(text))
    .chain((text) => set(column, text, text));
const numberBreakage = (
  column: 'birth_year' | 'isced_level',
  bad: fc.Arbitrary<string>,
): fc.Arbitrary<Breakage> => bad.chain((text) => set(column, text, text));
const birthYearBreakage = (currentYear: number) =>
  numberBreakage(
    'birth_year',
    fc.oneof(
      fc.integer({ min: 0, max: 1899 }).map(String),
      fc.integer({ min: currentYear + 1, max: 99_999 }).map(String),
      fc.constantFrom(
        '19.5',
        '-1990',
        '1990a',
        '１９９０',
        'abc',
        '1e3',
        '+1990',
        '1 990',
        '99999999999999999999999',
      ),
    ),
  );
const iscedBreakage = numberBreakage(
  'isced_level',
  fc.oneof(
    fc.integer({ min: 9, max: 1_000 }).map(String),
    fc.constantFrom('-1', '1.0', 'a', '٣', '+3', '3.', 'III'),
  ),
);
const longTextBreakage = (column: 'municipality' | 'district') =>
  fc.oneof(
    long(MAX_TEXT + 1).chain((text) => set(column, text)),
    withNul.chain((text) => set(column, text)),
  );

/** Breaking the identifier: the column named depends on the kind of row. */
function identifierBreakage(m: Meaning): fc.Arbitrary<Breakage> {
  const clear = (row: Row): Row => ({ ...row, email: '', account_home_page: '', account_name: '' });
  const common: fc.Arbitrary<Breakage>[] = [
    fc.constant({ column: 'email' as const, apply: clear }),
  ];
  if (m.identifier.kind === 'email') {
    return fc.oneof(
      ...common,
      fc
        .oneof(
          fc.constantFrom(
            'no-at-sign',
            'a@b@c',
            'ana puig@example.org',
            '@example.org',
            'ana@',
            'a@@b',
          ),
          fc
            .tuple(noSpaceNorAt, fc.constantFrom(' ', '\u00a0', '\t', '\u2028'))
            .map(([s, ws]) => `${s}${ws}@x`),
          long(MAX_TEXT).map((text) => `${text}@example.org`),
        )
        .map((bad) => ({
          column: 'email' as const,
          apply: (row: Row) => ({ ...row, email: bad }),
        })),
      withNul.map((bad) => ({
        column: 'email' as const,
        apply: (row: Row) => ({ ...row, email: `${bad}@x.org` }),
      })),
      fc.constantFrom<LearnerRegistryColumn>('account_home_page', 'account_name').map((column) => ({
        column: 'email' as const,
        apply: (row: Row) => ({
          ...row,
          [column]: column === 'account_name' ? 'u-1' : 'https://lms.example.org',
        }),
      })),
    );
  }
  return fc.oneof(
    ...common,
    fc.constant({
      column: 'account_home_page' as const,
      apply: (row: Row) => ({ ...row, account_home_page: ' ' }),
    }),
    fc.constant({
      column: 'account_name' as const,
      apply: (row: Row) => ({ ...row, account_name: '\t' }),
    }),
    fc
      .constantFrom(
        'moodle.example.org',
        'http:/moodle',
        '1http://x',
        'http://',
        'http:// x',
        'https://a b',
        '://x',
      )
      .map((bad) => ({
        column: 'account_home_page' as const,
        apply: (row: Row) => ({ ...row, account_home_page: bad }),
      })),
    withNul.map((bad) => ({
      column: 'account_name' as const,
      apply: (row: Row) => ({ ...row, account_name: bad }),
    })),
    fc.constant({
      column: 'email' as const,
      apply: (row: Row) => ({ ...row, email: 'also@example.org' }),
    }),
  );
}

/** One to four breakages in distinct columns, at most one of them to the identifier. */
function breakages(m: Meaning): fc.Arbitrary<Breakage[]> {
  const kinds: fc.Arbitrary<Breakage>[] = [
    personIdBreakage,
    codeBreakage('sex', SEXES),
    birthYearBreakage(m.currentYear),
    iscedBreakage,
    codeBreakage('employment_status', EMPLOYMENT_STATUSES),
    longTextBreakage('municipality'),
    longTextBreakage('district'),
  ];
  const others = fc
    .subarray(kinds, { maxLength: 3 })
    .chain((chosen): fc.Arbitrary<Breakage[]> =>
      chosen.length === 0 ? fc.constant([]) : fc.tuple(...chosen).map((list) => [...list]),
    );
  return fc
    .tuple(fc.option(identifierBreakage(m), { nil: undefined }), others)
    .map(([id, rest]): Breakage[] => (id === undefined ? rest : [id, ...rest]))
    .filter((list) => list.length > 0);
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

describe('learner registry rows: property-based fuzzing (spec section 9)', () => {
  it(`reads ${RUNS} valid rows as what they say, keyed as spec section 2 says, and writes them back unchanged`, async () => {
    await fc.assert(
      fc.asyncProperty(
        meaning.chain((m) => fc.tuple(fc.constant(m), written(m))),
        async ([m, row]) => {
          const result = readLearnerRow(row, m.row, m.currentYear);
          expect(result).toEqual({
            ok: true,
            value: {
              row: m.row,
              personId: m.personId,
              identifier: m.identifier,
              actorKey: await expectedActorKey(m.identifier),
              demographics: m.demographics,
            },
          });
          if (!result.ok) return;
          expect(readLearnerRow(writeBack(result.value), m.row, m.currentYear)).toEqual(result);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it(`refuses ${RUNS} rows broken in some columns, naming the row, exactly those columns and why`, () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(
        meaning.chain((m) => fc.tuple(fc.constant(m), written(m), breakages(m))),
        ([m, row, broken]) => {
          const input = broken.reduce((r, breakage) => breakage.apply(r, m), row);
          const result = readLearnerRow(input, m.row, m.currentYear);
          expectRefusedAt(result, m.row, COLUMNS, broken, reached);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    expect([...reached].sort()).toEqual([...COLUMNS].sort());
  }, 120_000);

  it(`never throws on ${RUNS} rows of any text, and accepts only rows within the contract`, () => {
    const anyRow = anyRowOf(LEARNER_REGISTRY_COLUMNS, [
      'woman',
      'man',
      'non_binary',
      'student',
      '1990',
      '0',
      '8',
      'a@b',
      'https://x',
    ]);
    fc.assert(
      fc.property(
        anyRow,
        fc.integer({ min: 2, max: 1e9 }),
        fc.integer({ min: 1900, max: 3000 }),
        (row, n, year) => {
          const result = readLearnerRow(row, n, year);
          expect(malformed(result, n, COLUMNS)).toEqual([]);
          if (!result.ok) return;
          const { value } = result;
          const d = value.demographics;
          expect(value.personId).toBe(value.personId.trim());
          expect(value.personId.length).toBeGreaterThan(0);
          expect(value.personId.length).toBeLessThanOrEqual(MAX_TEXT);
          expect(value.actorKey).toMatch(/^(sha1:[0-9a-f]{40}|account:.+\|.+)$/s);
          expect(d.birthYear === null || (d.birthYear >= 1900 && d.birthYear <= year)).toBe(true);
          expect(d.iscedLevel === null || (d.iscedLevel >= 0 && d.iscedLevel <= 8)).toBe(true);
          expect(JSON.stringify(value)).not.toContain('\\u0000');
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it('names the column of a NUL character, which Postgres cannot store', () => {
    const row: Row = {
      person_id: 'P-1',
      email: '',
      account_home_page: 'https://lms.example.org',
      account_name: 'u\u00001',
      sex: '',
      birth_year: '',
      isced_level: '',
      employment_status: '',
      municipality: 'Bar\u0000celona',
      district: '',
    };
    const message = 'contains the NUL character (U+0000), which cannot be stored';
    expect(readLearnerRow(row, 7, 2026)).toEqual({
      ok: false,
      errors: [
        { row: 7, column: 'account_name', message },
        { row: 7, column: 'municipality', message },
      ],
    });
  });
});
