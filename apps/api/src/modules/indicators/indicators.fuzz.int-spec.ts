import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { login, postStatements, statement, waitForFreshness } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

// Property-based fuzzing of GET /api/indicators, /series and /courses through
// the real HTTP API and Postgres, on a small seeded database (issue 9):
// queries valid and broken, from year 1 to 9999, with filters, custom age
// bands and cut-offs, and raw query strings (repeated and bracketed
// parameters, percent-encoded bytes, very long values). Never a 500; a valid
// query answers 200 with its period, a broken one 400 naming the parameter.
// Fixed seed; fast-check prints it and the shrunk counterexample on failure
// (FITA_FUZZ_SEED runs another).

const SEED = Number(process.env['FITA_FUZZ_SEED'] ?? 20_210_314);
const RUNS = 600;
const LMS = 'https://lms.example.org/courses';
const ROUTES = ['/api/indicators', '/api/indicators/series', '/api/indicators/courses'] as const;
type Route = (typeof ROUTES)[number];

/** A request, and what it must get: 200, or 400 naming `field`, or only "not a 500". */
interface Request {
  route: Route;
  query: string;
  expect: { status: 200; from: string; to: string } | { status: 400; field: string } | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDate = (ms: number) => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const DAY = 86_400_000;
/** Days of years 1 to 9999, mostly around the seeded data. */
const day = fc
  .oneof(
    {
      weight: 4,
      arbitrary: fc.integer({
        min: Date.parse('2018-01-01') / DAY,
        max: Date.parse('2022-12-31') / DAY,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.integer({
        min: Date.parse('0001-01-01') / DAY,
        max: Date.parse('9999-12-31') / DAY,
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('0001-01-01', '0001-12-31', '0002-02-28', '9999-12-31', '2020-02-29')
        .map((d) => Date.parse(d) / DAY),
    },
  )
  .map((n) => isoDate(n * DAY));
const period = fc
  .tuple(day, day)
  .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
/** A period every route answers, so that a broken parameter is the only problem. */
const answerable = period.map(({ from, to }) => ({
  from: from < '0002-01-01' ? '0002-01-01' : from,
  to: to < '0002-01-01' ? '0002-01-01' : to,
}));
const cutoff = fc.oneof(
  fc.constantFrom(
    '2021-12-31T23:00:00Z',
    '2020-06-30T12:00+02:00',
    '0001-01-01T00:00:00Z',
    '0001-01-01T00:30:00+01:00',
    '0000-06-01T00:00:00Z',
    '9999-12-31T23:59:59.999999999-12:00',
    '2100-01-01T00:00:00.5+14:00',
  ),
  fc
    .integer({ min: Date.parse('0001-01-02'), max: Date.parse('9999-12-30') })
    .map((ms) => new Date(ms).toISOString()),
);
const valid = fc.record(
  {
    programme: fc.constantFrom('cibernarium', 'Programa "Dones"', 'none-such'),
    course: fc.constantFrom(`${LMS}/ai`, `${LMS}/cv`, 'https://elsewhere.example/x'),
    format: fc.constantFrom('mooc', 'instant', 'masterclass', 'course', 'uncatalogued'),
    cutoff,
  },
  { requiredKeys: [] },
);
const banding = fc.oneof(
  fc.constant({}),
  fc.constantFrom('esf2014', 'esfplus', 'eurostat').map((ageScheme) => ({ ageScheme })),
  fc
    .constantFrom('25-40', '0-17, 18-29,30 - 54,55-150', '40-64,0-24', '150-150')
    .map((ageBands) => ({ ageScheme: 'custom', ageBands })),
);

const encode = (params: Record<string, string>) => new URLSearchParams(params).toString();

const validRequest: fc.Arbitrary<Request> = fc
  .tuple(
    fc.constantFrom(...ROUTES),
    period,
    valid,
    banding,
    fc.constantFrom(undefined, 'month', 'year'),
  )
  .map(([route, p, filters, bands, interval]) => {
    const params: Record<string, string> = { ...p, ...filters };
    if (route === '/api/indicators') Object.assign(params, bands);
    if (route === '/api/indicators/series' && interval) params['interval'] = interval;
    // The indicators answer compares with the year before: there is none before year 1.
    if (route === '/api/indicators' && p.from < '0002-01-01') {
      return { route, query: encode(params), expect: { status: 400, field: 'from' } };
    }
    // Figures exist up to now only.
    if (filters.cutoff !== undefined && Date.parse(filters.cutoff) > Date.now()) {
      return { route, query: encode(params), expect: { status: 400, field: 'cutoff' } };
    }
    return { route, query: encode(params), expect: { status: 200, ...p } };
  });

/** One parameter broken: the 400 must name it. */
const brokenRequest: fc.Arbitrary<Request> = fc
  .tuple(
    fc.constantFrom(...ROUTES),
    answerable,
    fc.constantFrom<[string, string]>(
      ['from', '2021-02-29'],
      ['from', '2021-13-01'],
      ['from', '0000-01-01'],
      ['from', '99999-01-01'],
      ['from', '2021-1-1'],
      ['from', ''],
      ['to', 'tomorrow'],
      ['to', '2021-04-31'],
      ['format', 'MOOC'],
      ['format', 'video'],
      ['programme', ' '],
      ['course', ''],
      ['cutoff', '2021-12-31T23:00:00'],
      ['cutoff', '2021-02-30T10:00:00Z'],
      ['cutoff', '2021-12-31T24:00:00Z'],
      ['cutoff', '2021-12-31T10:00:00+25:00'],
      ['cutoff', '275760-09-13T00:00:00Z'],
      ['sex', 'woman'],
      ['limit', '10'],
    ),
  )
  .map(([route, p, [field, value]]) => ({
    route,
    query: encode({ ...p, [field]: value }),
    expect: { status: 400, field },
  }));
const brokenBands: fc.Arbitrary<Request> = fc
  .tuple(
    answerable,
    fc.constantFrom<[Record<string, string>, string]>(
      [{ ageScheme: 'ESF2014' }, 'ageScheme'],
      [{ ageScheme: 'custom' }, 'ageBands'],
      [{ ageBands: '25-40' }, 'ageBands'],
      [{ ageScheme: 'custom', ageBands: '40-25' }, 'ageBands'],
      [{ ageScheme: 'custom', ageBands: '25-40,30-50' }, 'ageBands'],
      [{ ageScheme: 'custom', ageBands: '0-151' }, 'ageBands'],
      [
        {
          ageScheme: 'custom',
          ageBands: Array.from({ length: 21 }, (_, i) => `${i}-${i}`).join(','),
        },
        'ageBands',
      ],
    ),
  )
  .map(([p, [params, field]]) => ({
    route: '/api/indicators',
    query: encode({ ...p, ...params }),
    expect: { status: 400, field },
  }));
const reversed: fc.Arbitrary<Request> = fc
  .tuple(fc.constantFrom(...ROUTES), answerable)
  .filter(([, p]) => p.from !== p.to)
  .map(([route, p]) => ({
    route,
    query: encode({ from: p.to, to: p.from }),
    expect: { status: 400, field: 'from' },
  }));
const badInterval: fc.Arbitrary<Request> = fc
  .tuple(answerable, fc.constantFrom('week', 'Month', '', 'day'))
  .map(([p, interval]) => ({
    route: '/api/indicators/series',
    query: encode({ ...p, interval }),
    expect: { status: 400, field: 'interval' },
  }));

/** Raw query strings: only "never a 500" is asked of them. */
const rawRequest: fc.Arbitrary<Request> = fc
  .tuple(
    fc.constantFrom(...ROUTES),
    fc.array(
      fc.oneof(
        fc.constantFrom(
          'from=2021-01-01',
          'to=2021-12-31',
          'from=2021-01-01&from=2021-02-01',
          'from[]=2021-01-01',
          'from[a]=b',
          'to[0]=2021-12-31',
          'programme=%00',
          'programme=%FF%FE',
          'course=%E0%A4',
          'programme[x][y]=z',
          'cutoff=%2B2021',
          'ageBands=25-40&ageBands=41-64',
          'ageScheme=custom',
          'interval=month&interval=year',
          'snapshot=00000000-0000-4000-8000-000000000000',
          'snapshot=not-an-id',
          '%zz=1',
          '=',
          '&&',
          'from',
        ),
        fc.string({ maxLength: 20 }).map((s) => encodeURIComponent(s)),
        // Long, yet five of them stay within the 16 KiB Node allows for a request's head.
        fc.integer({ min: 1_000, max: 2_500 }).map((n) => `programme=${'x'.repeat(n)}`),
      ),
      { maxLength: 5 },
    ),
  )
  .map(([route, parts]) => ({ route, query: parts.join('&'), expect: null }));

describe('GET /api/indicators, /series, /courses fuzzing (issue 9)', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await login(app);
    // A small catalogue and registry, and statements from 2018 to 2022.
    const form = new FormData();
    form.append(
      'file',
      new Blob([
        [
          'activity_id,title,format,mode,programme,tags',
          `${LMS}/ai,AI,mooc,async,cibernarium,digital-skills`,
          `${LMS}/cv,CV,masterclass,sync,"Programa ""Dones""",equality`,
        ].join('\n'),
      ]),
      'catalogue.csv',
    );
    const catalogue = await fetch(`${app.baseUrl}/api/courses/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    expect(catalogue.status).toBe(200);
    const verbs = ['registered', 'completed', 'passed', 'attended', 'experienced'];
    const statements = Array.from({ length: 60 }, (_, i) =>
      statement({
        actor: { mbox: `mailto:learner${i % 17}@example.org` },
        verb: { id: `http://adlnet.gov/expapi/verbs/${verbs[i % verbs.length]}` },
        object: { id: [`${LMS}/ai`, `${LMS}/cv`, 'https://elsewhere.example/x'][i % 3] },
        timestamp: new Date(
          Date.parse('2018-01-01T00:00:00Z') + i * 29 * DAY + (i % 7) * 3_600_000,
        ).toISOString(),
      }),
    );
    expect((await postStatements(app, statements)).status).toBe(200);
    await waitForFreshness(app.baseUrl, token, 60_000);
  }, 120_000);
  afterAll(() => app.close());

  it(`never answers 500 to ${RUNS} random queries on the three routes`, async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 5, arbitrary: validRequest },
          { weight: 2, arbitrary: brokenRequest },
          { weight: 1, arbitrary: brokenBands },
          { weight: 1, arbitrary: reversed },
          { weight: 1, arbitrary: badInterval },
          { weight: 2, arbitrary: rawRequest },
        ),
        async ({ route, query, expect: wanted }) => {
          const response = await fetch(`${app.baseUrl}${route}?${query}`, {
            headers: { Authorization: `Bearer ${token}` },
          });
          const body = (await response.json()) as Record<string, unknown>;
          expect({
            status: response.status,
            body: response.status >= 500 ? body : 'not a 500',
          }).toEqual({
            status: response.status,
            body: 'not a 500',
          });
          seen.add(`${route} ${response.status}`);
          if (wanted?.status === 200) {
            expect({ status: response.status, code: body['code'] }).toEqual({
              status: 200,
              code: undefined,
            });
            expect(body['period']).toEqual({ from: wanted.from, to: wanted.to });
            expect(body['provenance']).toEqual(
              expect.objectContaining({ fingerprint: expect.any(String) }),
            );
          } else if (wanted?.status === 400) {
            expect(response.status).toBe(400);
            const details = body['details'] as { field: string; message: string }[];
            expect(details.map((d) => d.field)).toContain(wanted.field);
            expect(body['message']).toEqual(expect.stringContaining(wanted.field));
          } else {
            expect([200, 400, 404]).toContain(response.status);
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    for (const route of ROUTES) {
      expect(seen).toContain(`${route} 200`);
      expect(seen).toContain(`${route} 400`);
    }
  }, 600_000);
});
