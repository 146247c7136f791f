import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  COURSE_CATALOGUE_COLUMNS,
  COURSE_FORMATS,
  COURSE_MODES,
  readCourseRow,
  type CourseCatalogueColumn,
  type CourseRow,
} from './course-catalogue.js';
import { anyRowOf, expectRefusedAt, malformed, padded, space } from './row-fuzzing.test-support.js';

// Property-based fuzzing of the course catalogue's row reader (spec section 9,
// issue 9): rows generated from what they mean are read back as that meaning
// and written out again unchanged; rows broken in chosen columns are refused
// naming exactly those columns, the row and why; no row whatever makes it
// throw. Fixed seed; fast-check prints it and the shrunk counterexample on
// failure (FITA_FUZZ_SEED runs another).

const SEED = Number(process.env['FITA_FUZZ_SEED'] ?? 20_210_310);
const RUNS = 10_000;

type Row = Record<CourseCatalogueColumn, string>;
const COLUMNS: readonly string[] = COURSE_CATALOGUE_COLUMNS;
type Meaning = CourseRow & { writtenTags: string[] };

const text = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
      fc.constantFrom('Competències digitals', 'Excel: "nivell 2", avançat', 'A; B; C', '日本語'),
    )
    .map((value) => value.replaceAll('\u0000', '').trim())
    .filter((value) => value !== '');
const nonSpace = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 40 })
  .filter((value) => !/\s/.test(value) && !value.includes('\u0000'));
const activityId = fc
  .tuple(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,8}$/), nonSpace)
  .map(([scheme, rest]) => `${scheme}:${rest}`);
const tag = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,15}$/);

const meaning: fc.Arbitrary<Meaning> = fc
  .record({
    row: fc.integer({ min: 2, max: 1_000_000 }),
    activityId,
    title: fc.oneof(text(60), text(5_000)),
    format: fc.constantFrom(...COURSE_FORMATS),
    mode: fc.constantFrom(...COURSE_MODES),
    programme: fc.option(text(60), { nil: null }),
    writtenTags: fc.array(fc.oneof(tag, fc.constantFrom('equality', 'digital-skills')), {
      maxLength: 6,
    }),
  })
  .map((m) => ({ ...m, tags: [...new Set(m.writtenTags)] }));

/** Tags separated by ';', with spaces around them and empty entries now and then. */
const writtenTags = (tags: string[]) =>
  fc
    .tuple(
      fc.array(space, { minLength: tags.length, maxLength: tags.length }),
      fc.constantFrom('', ';', ' ; '),
    )
    .map(([spaces, extra]) => tags.map((t, i) => `${spaces[i]}${t}`).join(';') + extra);

function written(m: Meaning): fc.Arbitrary<Row> {
  return fc.record({
    activity_id: padded(m.activityId),
    title: padded(m.title),
    format: padded(m.format),
    mode: padded(m.mode),
    programme: m.programme === null ? space : padded(m.programme),
    tags: writtenTags(m.writtenTags),
  });
}

function writeBack(value: CourseRow): Row {
  return {
    activity_id: value.activityId,
    title: value.title,
    format: value.format,
    mode: value.mode,
    programme: value.programme ?? '',
    tags: value.tags.join(';'),
  };
}

interface Breakage {
  column: CourseCatalogueColumn;
  value: (row: Row) => string;
  /** The message must quote this (the value at fault). */
  quotes?: string;
}
const withNul = fc
  .tuple(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }))
  .map(([a, b]) => `x:${a}\u0000${b}`);
const set = (column: CourseCatalogueColumn, value: string, quotes?: string): Breakage => ({
  column,
  value: () => value,
  quotes,
});

const kinds: fc.Arbitrary<Breakage>[] = [
  fc.oneof(
    space.map((blank) => set('activity_id', blank)),
    fc
      .constantFrom(
        'no-scheme',
        '1abc:x',
        'https://exa mple.org',
        'urn:',
        ':x',
        'course 7',
        'a\u2028b:c',
      )
      .map((bad) => set('activity_id', bad, bad)),
    withNul.map((bad) => set('activity_id', bad)),
  ),
  fc.oneof(
    space.map((blank) => set('title', blank)),
    withNul.map((bad) => set('title', bad)),
  ),
  fc
    .oneof(
      fc.constantFrom('', 'MOOC', 'video', 'Course', 'uncatalogued', 'mooc;course'),
      fc.string({ maxLength: 10 }),
    )
    .filter((value) => !(COURSE_FORMATS as readonly string[]).includes(value.trim()))
    .map((bad) => set('format', bad, bad.trim() === '' ? undefined : bad.trim())),
  fc
    .oneof(
      fc.constantFrom('', 'Async', 'hybrid', 'online', 'synchronous'),
      fc.string({ maxLength: 10 }),
    )
    .filter((value) => !(COURSE_MODES as readonly string[]).includes(value.trim()))
    .map((bad) => set('mode', bad, bad.trim() === '' ? undefined : bad.trim())),
  withNul.map((bad) => set('programme', bad)),
  fc
    .tuple(
      fc.constantFrom('Digital', 'a b', '-x', '_x', 'é', 'x.y', 'x,y', 'ÀB', 'tag\u0000'),
      fc.boolean(),
    )
    .map(([bad, first]) => ({
      column: 'tags' as const,
      value: (row: Row) => (first ? `${bad};${row.tags}` : `${row.tags};${bad}`),
      quotes: bad,
    })),
];

const breakages: fc.Arbitrary<Breakage[]> = fc
  .subarray(kinds, { minLength: 1, maxLength: 3 })
  .chain((chosen) => fc.tuple(...chosen).map((list) => [...list]));

describe('course catalogue rows: property-based fuzzing (spec section 9)', () => {
  it(`reads ${RUNS} valid rows as what they say and writes them back unchanged`, () => {
    fc.assert(
      fc.property(
        meaning.chain((m) => fc.tuple(fc.constant(m), written(m))),
        ([m, row]) => {
          const { writtenTags: _written, ...expected } = m;
          const result = readCourseRow(row, m.row);
          expect(result).toEqual({ ok: true, value: expected });
          if (result.ok) expect(readCourseRow(writeBack(result.value), m.row)).toEqual(result);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it(`refuses ${RUNS} rows broken in some columns, naming the row, exactly those columns and why`, () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(
        meaning.chain((m) => fc.tuple(fc.constant(m), written(m), breakages)),
        ([m, row, broken]) => {
          const input = { ...row };
          for (const breakage of broken) input[breakage.column] = breakage.value(row);
          expectRefusedAt(readCourseRow(input, m.row), m.row, COLUMNS, broken, reached);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    expect([...reached].sort()).toEqual([...COLUMNS].sort());
  }, 120_000);

  it(`never throws on ${RUNS} rows of any text, and accepts only rows within the contract`, () => {
    const anyRow = anyRowOf(COURSE_CATALOGUE_COLUMNS, [
      'mooc',
      'course',
      'async',
      'sync',
      'a;b',
      'https://x',
      'x:y',
    ]);
    fc.assert(
      fc.property(anyRow, fc.integer({ min: 2, max: 1e9 }), (row, n) => {
        const result = readCourseRow(row, n);
        expect(malformed(result, n, COLUMNS)).toEqual([]);
        if (!result.ok) return;
        const { value } = result;
        expect(value.activityId).toMatch(/^[a-z][a-z0-9+.-]*:\S+$/i);
        expect(value.title).toBe(value.title.trim());
        expect(value.title).not.toBe('');
        expect(new Set(value.tags).size).toBe(value.tags.length);
        for (const t of value.tags) expect(t).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
        expect(JSON.stringify(value)).not.toContain('\\u0000');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it('names each column holding a NUL character, which Postgres cannot store', () => {
    const message = 'contains the NUL character (U+0000), which cannot be stored';
    expect(
      readCourseRow(
        {
          activity_id: 'https://lms.example.org/\u0000',
          title: 'Excel\u0000',
          format: 'mooc',
          mode: 'async',
          programme: '\u0000',
          tags: '',
        },
        4,
      ),
    ).toEqual({
      ok: false,
      errors: [
        { row: 4, column: 'activity_id', message },
        { row: 4, column: 'title', message },
        { row: 4, column: 'programme', message },
      ],
    });
  });
});
