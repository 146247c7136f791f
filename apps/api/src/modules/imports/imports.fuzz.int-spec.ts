import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import pg from 'pg';
import { COURSE_CATALOGUE_COLUMNS, LEARNER_REGISTRY_COLUMNS } from '@fita/metrics';
import { login } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

// Property-based fuzzing of the two upload endpoints through the real HTTP
// API and Postgres (issue 9): random small registry and catalogue files (CSV
// with BOMs, CRLF, quotes, delimiters and line breaks inside values, unicode,
// or XLSX), valid or broken in known rows. Never a 500; a file with any bad
// row applies nothing (the tables are unchanged, by checksum) and the 422
// lists exactly the bad rows and columns; a good file applies every row, as
// written. Fixed seed; fast-check prints it and the shrunk counterexample on
// failure (FITA_FUZZ_SEED runs another).

const SEED = Number(process.env['FITA_FUZZ_SEED'] ?? 20_210_312);
const RUNS = 300; // per endpoint

const LEARNER_COLUMNS: string[] = [...LEARNER_REGISTRY_COLUMNS];
const COURSE_COLUMNS: string[] = [...COURSE_CATALOGUE_COLUMNS];

type Cells = Record<string, string>;
interface RowError {
  row: number;
  column: string;
  message: string;
}
/** A file to upload: its rows as cells, how to write it, and what the answer must name. */
interface Upload {
  header: string[];
  rows: Cells[];
  /** Rows written with one value fewer than the header has columns. */
  short: Set<number>;
  xlsx: boolean;
  bom: boolean;
  crlf: boolean;
  /** `row index:column` pairs the 422 must list, and nothing else; none for a good file. */
  expected: Set<string>;
}

// ---------------------------------------------------------------------------
// Writing files
// ---------------------------------------------------------------------------

const csvValue = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** The file's bytes and the line each data row starts on. */
async function fileOf(upload: Upload): Promise<{ bytes: Buffer; lines: number[] }> {
  if (upload.xlsx) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(upload.header);
    for (const row of upload.rows) sheet.addRow(upload.header.map((column) => row[column] ?? ''));
    return {
      bytes: Buffer.from(await workbook.xlsx.writeBuffer()),
      lines: upload.rows.map((_, index) => index + 2),
    };
  }
  const eol = upload.crlf ? '\r\n' : '\n';
  let text = (upload.bom ? '\ufeff' : '') + upload.header.join(',') + eol;
  const lines: number[] = [];
  upload.rows.forEach((row, index) => {
    lines.push(1 + (text.match(/\r\n|\r|\n/g)?.length ?? 0));
    const values = upload.header.map((column) => csvValue(row[column] ?? ''));
    if (upload.short.has(index)) values.pop();
    text += values.join(',') + eol;
  });
  return { bytes: Buffer.from(text, 'utf8'), lines };
}

// ---------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------

/** Free text as people write it in a registry or catalogue, separators and line breaks included. */
const freeText = fc.oneof(
  fc.constantFrom(
    'Barcelona',
    "L'Hospitalet de Llobregat",
    'Sant Adrià de Besòs, "nord"',
    'Gràcia\nVila de Gràcia',
    '東京',
    'Ærø; Marstal',
    '👩🏽‍💻',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom('a', 'é', ',', '"', ';', ' ', '\n'),
    minLength: 1,
    maxLength: 30,
  }),
);
/** Trimmed, non-empty, at most 200 characters: a valid registry text. */
const registryText = freeText
  .map((text) => text.trim().slice(0, 200).trim())
  .filter((text) => text !== '');

const header = (columns: string[]) =>
  fc.oneof(
    {
      weight: 9,
      arbitrary: fc.shuffledSubarray(columns, {
        minLength: columns.length,
        maxLength: columns.length,
      }),
    },
    // A header problem: a column missing, renamed or added.
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.shuffledSubarray(columns, {
            minLength: columns.length - 1,
            maxLength: columns.length,
          }),
          fc.constantFrom('notes', 'Email', ''),
        )
        .map(([kept, extra]) => (kept.length === columns.length ? [...kept, extra] : kept)),
    },
  );
const headerProblems = (written: string[], columns: string[]) =>
  written.length !== columns.length || written.some((column) => !columns.includes(column));

const layout = fc.record({
  xlsx: fc.oneof(
    { weight: 5, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  ),
  bom: fc.boolean(),
  crlf: fc.boolean(),
});

// ---------------------------------------------------------------------------
// Learner registry files
// ---------------------------------------------------------------------------

type Identifier = { email: string } | { homePage: string; name: string };
const identifierKey = (id: Identifier) =>
  'email' in id ? `email:${id.email.toLowerCase()}` : `account:${id.homePage}|${id.name}`;

const person = fc.record({
  id: fc.integer({ min: 1, max: 12 }).map((n) => `P-${n}`),
  demographics: fc.record({
    sex: fc.constantFrom('', 'woman', 'man', 'non_binary'),
    birth_year: fc.oneof(fc.constant(''), fc.integer({ min: 1900, max: 2020 }).map(String)),
    isced_level: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 8 }).map(String)),
    employment_status: fc.constantFrom(
      '',
      'employed',
      'self_employed',
      'unemployed',
      'inactive',
      'student',
    ),
    municipality: fc.oneof(fc.constant(''), registryText),
    district: fc.oneof(fc.constant(''), registryText),
  }),
});
/** Few identifiers, so that files often move one from a person to another. */
const identifier: fc.Arbitrary<Identifier> = fc.oneof(
  fc.integer({ min: 1, max: 25 }).map((n) => ({ email: `Learner${n}@Example.org` })),
  fc
    .tuple(
      fc.constantFrom('https://moodle.example.org', 'https://lms.example.cat/'),
      fc.integer({ min: 1, max: 25 }),
    )
    .map(([homePage, n]) => ({ homePage, name: `u-${n}` })),
);

interface LearnerFile extends Upload {
  /** For a good file: each person's demographics and identifiers, as the registry must then hold them. */
  persons: Map<string, { demographics: Cells; identifiers: Identifier[] }>;
}

/** `csvOnly`: a NUL cannot be written into a workbook's XML, so XLSX files never carry one. */
type RowBreakage = { column: string; apply: (row: Cells) => Cells; csvOnly?: boolean };
const learnerRowBreakages: RowBreakage[] = [
  { column: 'sex', apply: (r) => ({ ...r, sex: 'female' }) },
  { column: 'birth_year', apply: (r) => ({ ...r, birth_year: '1850' }) },
  { column: 'isced_level', apply: (r) => ({ ...r, isced_level: '9' }) },
  { column: 'employment_status', apply: (r) => ({ ...r, employment_status: 'retired' }) },
  { column: 'email', apply: (r) => ({ ...r, email: '', account_home_page: '', account_name: '' }) },
  {
    column: 'email',
    apply: (r) => ({
      ...r,
      email: 'both@example.org',
      account_home_page: 'https://lms.example.org',
      account_name: 'both',
    }),
  },
  {
    column: 'email',
    apply: (r) => ({ ...r, email: 'not an address', account_home_page: '', account_name: '' }),
  },
  {
    column: 'municipality',
    apply: (r) => ({ ...r, municipality: 'Bar\u0000celona' }),
    csvOnly: true,
  },
  { column: 'district', apply: (r) => ({ ...r, district: 'x'.repeat(201) }) },
  { column: 'person_id', apply: (r) => ({ ...r, person_id: ' ' }) },
  {
    column: 'account_home_page',
    apply: (r) => ({ ...r, email: '', account_home_page: 'lms.example.org', account_name: 'u-1' }),
  },
];

const learnerFile: fc.Arbitrary<LearnerFile> = fc
  .record({
    header: header(LEARNER_COLUMNS),
    layout,
    persons: fc.uniqueArray(person, { selector: (p) => p.id, minLength: 1, maxLength: 4 }),
    identifiers: fc.uniqueArray(identifier, {
      selector: identifierKey,
      minLength: 1,
      maxLength: 6,
    }),
    order: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
    breakage: fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      {
        weight: 2,
        arbitrary: fc.tuple(
          fc.constant('rows' as const),
          fc.subarray([...learnerRowBreakages.keys()], { minLength: 1, maxLength: 2 }),
          fc.nat(),
        ),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(
          fc.constantFrom('repeat' as const, 'disagree' as const, 'short' as const),
          fc.constant([] as number[]),
          fc.nat(),
        ),
      },
    ),
  })
  .map(({ header: written, layout: how, persons, identifiers, order, breakage }) => {
    // Each identifier is one row of a person; the rows are shuffled.
    const assigned = identifiers.map((id, index) => ({
      id,
      person: persons[index % persons.length],
    }));
    const shuffled = assigned
      .map((entry, index) => ({ entry, key: order[index % order.length] * 10 + index }))
      .sort((a, b) => a.key - b.key)
      .map(({ entry }) => entry);
    let rows: Cells[] = shuffled.map(({ id, person: p }) => ({
      person_id: p.id,
      email: 'email' in id ? id.email : '',
      account_home_page: 'email' in id ? '' : id.homePage,
      account_name: 'email' in id ? '' : id.name,
      ...p.demographics,
    }));
    const expected = new Set<string>();
    const short = new Set<number>();
    const xlsx = how.xlsx;
    if (breakage?.[0] === 'rows') {
      breakage[1].forEach((kind, k) => {
        const index = (breakage[2] + k) % rows.length;
        const { column, apply, csvOnly } = learnerRowBreakages[kind];
        if (csvOnly && xlsx) return;
        if ([...expected].some((e) => e.startsWith(`${index}:`))) return;
        rows[index] = apply(rows[index]);
        expected.add(`${index}:${column}`);
      });
    } else if (breakage?.[0] === 'repeat' && rows.length > 1) {
      // The later of two rows with one identifier is the one named.
      const later = 1 + (breakage[2] % (rows.length - 1));
      const source = rows[breakage[2] % later];
      rows[later] = {
        ...rows[later],
        email: source.email,
        account_home_page: source.account_home_page,
        account_name: source.account_name,
      };
      expected.add(`${later}:${source.email === '' ? 'account_name' : 'email'}`);
    } else if (breakage?.[0] === 'disagree') {
      const twice = rows.findIndex(
        (r, i) => rows.findIndex((o) => o.person_id === r.person_id) < i,
      );
      if (twice >= 0) {
        rows = rows.map((r, i) =>
          i === twice ? { ...r, isced_level: r.isced_level === '1' ? '2' : '1' } : r,
        );
        expected.add(`${twice}:isced_level`);
      }
    } else if (breakage?.[0] === 'short' && !xlsx) {
      const index = breakage[2] % rows.length;
      short.add(index);
      expected.add(`${index}:`);
    }
    const byPerson = new Map<string, { demographics: Cells; identifiers: Identifier[] }>();
    for (const { id, person: p } of shuffled) {
      const entry = byPerson.get(p.id) ?? {
        demographics: p.demographics,
        identifiers: [] as Identifier[],
      };
      entry.identifiers.push(id);
      byPerson.set(p.id, entry);
    }
    return { header: written, rows, short, ...how, expected, persons: byPerson };
  });

// ---------------------------------------------------------------------------
// Course catalogue files
// ---------------------------------------------------------------------------

interface CourseFile extends Upload {
  courses: Cells[];
}

const course = fc.record({
  activity_id: fc.oneof(
    fc.integer({ min: 1, max: 20 }).map((n) => `https://lms.example.org/courses/${n}`),
    fc.integer({ min: 1, max: 5 }).map((n) => `urn:fita:curs:${n}`),
  ),
  title: registryText,
  format: fc.constantFrom('mooc', 'instant', 'masterclass', 'course'),
  mode: fc.constantFrom('async', 'sync'),
  programme: fc.oneof(
    fc.constant(''),
    fc.constantFrom('cibernarium', 'Programa "Dones"', 'IT, Academy'),
  ),
  tags: fc
    .uniqueArray(fc.constantFrom('equality', 'digital-skills', 'ai', 'cv_2', 'x1'), {
      maxLength: 3,
    })
    .map((t) => t.join(';')),
});
const courseRowBreakages: RowBreakage[] = [
  { column: 'format', apply: (r) => ({ ...r, format: 'webinar' }) },
  { column: 'mode', apply: (r) => ({ ...r, mode: 'live' }) },
  { column: 'title', apply: (r) => ({ ...r, title: ' ' }) },
  { column: 'activity_id', apply: (r) => ({ ...r, activity_id: 'course 7' }) },
  { column: 'tags', apply: (r) => ({ ...r, tags: 'Bad Tag;equality' }) },
  { column: 'title', apply: (r) => ({ ...r, title: 'Excel\u0000' }), csvOnly: true },
];

const courseFile: fc.Arbitrary<CourseFile> = fc
  .record({
    header: header(COURSE_COLUMNS),
    layout,
    courses: fc.uniqueArray(course, { selector: (c) => c.activity_id, minLength: 1, maxLength: 5 }),
    breakage: fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      {
        weight: 2,
        arbitrary: fc.tuple(
          fc.constant('rows' as const),
          fc.subarray([...courseRowBreakages.keys()], { minLength: 1, maxLength: 2 }),
          fc.nat(),
        ),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(
          fc.constantFrom('repeat' as const, 'short' as const),
          fc.constant([] as number[]),
          fc.nat(),
        ),
      },
    ),
  })
  .map(({ header: written, layout: how, courses, breakage }) => {
    const rows: Cells[] = courses.map((c) => ({ ...c }));
    const expected = new Set<string>();
    const short = new Set<number>();
    if (breakage?.[0] === 'rows') {
      breakage[1].forEach((kind, k) => {
        const index = (breakage[2] + k) % rows.length;
        const { column, apply, csvOnly } = courseRowBreakages[kind];
        if (csvOnly && how.xlsx) return;
        if ([...expected].some((e) => e.startsWith(`${index}:`))) return;
        rows[index] = apply(rows[index]);
        expected.add(`${index}:${column}`);
      });
    } else if (breakage?.[0] === 'repeat' && rows.length > 1) {
      const later = 1 + (breakage[2] % (rows.length - 1));
      rows[later] = { ...rows[later], activity_id: rows[breakage[2] % later].activity_id };
      expected.add(`${later}:activity_id`);
    } else if (breakage?.[0] === 'short' && !how.xlsx) {
      const index = breakage[2] % rows.length;
      short.add(index);
      expected.add(`${index}:`);
    }
    return { header: written, rows, short, ...how, expected, courses };
  });

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

const sha1Key = (email: string) =>
  `sha1:${createHash('sha1').update(`mailto:${email.toLowerCase()}`).digest('hex')}`;
const actorKeyOf = (id: Identifier) =>
  'email' in id ? sha1Key(id.email) : `account:${id.homePage.replace(/\/+$/, '')}|${id.name}`;

describe('learner and course imports over HTTP: property-based fuzzing (issue 9)', () => {
  let app: TestApp;
  let token: string;
  let db: pg.Client;

  beforeAll(async () => {
    app = await startTestApp();
    token = await login(app);
    db = new pg.Client({ connectionString: app.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  async function post(path: string, bytes: Buffer, name: string) {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const response = await fetch(`${app.baseUrl}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    const text = await response.text();
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      body = { text };
    }
    return { status: response.status, body };
  }

  /** A checksum of every row of the tables an import writes. */
  async function checksum(tables: string[]): Promise<string> {
    const parts: string[] = [];
    // One at a time: a pg client runs one query at once.
    for (const table of tables) {
      const { rows } = await db.query<{ sum: string | null; n: number }>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum, count(*)::int AS n FROM ${table} t`,
      );
      parts.push(`${table}:${rows[0].n}:${rows[0].sum ?? ''}`);
    }
    return parts.join(' ');
  }

  /** The 422 lists exactly the expected (row, column) pairs, each with a reason. */
  function expectRefusal(
    answer: { status: number; body: Record<string, unknown> },
    upload: Upload,
    lines: number[],
    columns: string[],
  ) {
    expect(answer.status).toBe(422);
    const errors = answer.body['errors'] as RowError[];
    expect(answer.body['errorCount']).toBe(errors.length);
    expect(errors.every((e) => typeof e.message === 'string' && e.message.trim() !== '')).toBe(
      true,
    );
    if (headerProblems(upload.header, columns)) {
      expect(errors.every((e) => e.row === 1)).toBe(true);
      expect(errors.length).toBeGreaterThan(0);
      return;
    }
    const named = new Set(errors.map((e) => `${e.row}:${e.column}`));
    const wanted = new Set(
      [...upload.expected].map((pair) => {
        const [index, column] = pair.split(':');
        return `${lines[Number(index)]}:${column}`;
      }),
    );
    expect([...named].sort()).toEqual([...wanted].sort());
  }

  it(`POST /api/learners/import: ${RUNS} random files, never a 500, applied whole or not at all`, async () => {
    const tables = ['persons', 'person_identifiers', 'learner_identities'];
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(learnerFile, async (upload) => {
        const { bytes, lines } = await fileOf(upload);
        const before = await checksum(tables);
        const answer = await post(
          '/api/learners/import',
          bytes,
          upload.xlsx ? 'registry.xlsx' : 'registry.csv',
        );
        expect(answer.status).toBeLessThan(500);
        outcomes.add(String(answer.status));
        if (upload.expected.size > 0 || headerProblems(upload.header, LEARNER_COLUMNS)) {
          expectRefusal(answer, upload, lines, LEARNER_COLUMNS);
          expect(await checksum(tables)).toBe(before);
          return;
        }
        expect({ status: answer.status, applied: answer.body['applied'] }).toEqual({
          status: 200,
          applied: upload.rows.length,
        });
        // The registry now says what the file says about each of its persons.
        for (const [personId, { demographics, identifiers }] of upload.persons) {
          const { rows } = await db.query<Record<string, string | number | null>>(
            `SELECT sex, birth_year, isced_level, employment_status, municipality, district,
                    (SELECT coalesce(array_agg(actor_key ORDER BY actor_key), '{}') FROM person_identifiers i WHERE i.person_id = p.person_id) AS keys
             FROM persons p WHERE person_id = $1`,
            [personId],
          );
          const { keys, ...stored } = rows[0];
          expect(stored).toEqual(
            Object.fromEntries(
              Object.entries(demographics).map(([column, value]) => [
                column,
                value === ''
                  ? null
                  : ['birth_year', 'isced_level'].includes(column)
                    ? Number(value)
                    : value,
              ]),
            ),
          );
          expect(keys).toEqual(identifiers.map(actorKeyOf).sort());
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect([...outcomes].sort()).toEqual(['200', '422']);
  }, 600_000);

  it(`POST /api/courses/import: ${RUNS} random files, never a 500, applied whole or not at all`, async () => {
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(courseFile, async (upload) => {
        const { bytes, lines } = await fileOf(upload);
        const before = await checksum(['courses']);
        const answer = await post(
          '/api/courses/import',
          bytes,
          upload.xlsx ? 'catalogue.xlsx' : 'catalogue.csv',
        );
        expect(answer.status).toBeLessThan(500);
        outcomes.add(String(answer.status));
        if (upload.expected.size > 0 || headerProblems(upload.header, COURSE_COLUMNS)) {
          expectRefusal(answer, upload, lines, COURSE_COLUMNS);
          expect(await checksum(['courses'])).toBe(before);
          return;
        }
        expect({ status: answer.status, applied: answer.body['applied'] }).toEqual({
          status: 200,
          applied: upload.rows.length,
        });
        const { rows } = await db.query<Cells & { tags: string[] }>(
          `SELECT activity_id, title, format, mode, coalesce(programme, '') AS programme, tags
           FROM courses WHERE activity_id = ANY($1) ORDER BY activity_id`,
          [upload.courses.map((c) => c.activity_id)],
        );
        expect(rows).toEqual(
          [...upload.courses]
            .sort((a, b) => (a.activity_id < b.activity_id ? -1 : 1))
            .map((c) => ({ ...c, tags: c.tags === '' ? [] : c.tags.split(';') })),
        );
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect([...outcomes].sort()).toEqual(['200', '422']);
  }, 600_000);

  it('answers random bytes on either endpoint with a 422, never a 500, and applies nothing', async () => {
    const tables = ['persons', 'person_identifiers', 'learner_identities', 'courses'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/learners/import', '/api/courses/import'),
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
          fc
            .uint8Array({ maxLength: 200 })
            .map((bytes) => Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), bytes])),
          fc
            .string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', '\u0000'), maxLength: 40 })
            .map((tail) => Buffer.from(`${LEARNER_COLUMNS.join(',')}\n${tail}`)),
          fc
            .string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', '\u0000'), maxLength: 40 })
            .map((tail) => Buffer.from(`${COURSE_COLUMNS.join(',')}\n${tail}`)),
        ),
        async (path, bytes) => {
          const before = await checksum(tables);
          const answer = await post(path, bytes, 'upload.csv');
          expect(answer.status).toBeLessThan(500);
          if (answer.status !== 200) {
            expect(answer.status).toBe(422);
            expect(await checksum(tables)).toBe(before);
          }
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  }, 300_000);
});
