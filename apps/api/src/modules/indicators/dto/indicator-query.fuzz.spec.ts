import { standardAgeBanding, type AgeBanding } from '@fita/metrics';
import fc from 'fast-check';
import { AppError } from '../../../common/app-error.js';
import type { JobQueues } from '../../../jobs/job-queues.service.js';
import type { FrozenSnapshots } from '../../snapshots/frozen-snapshots.service.js';
import type { IndicatorQuery } from '../indicator-query.js';
import { IndicatorsController } from '../indicators.controller.js';
import type { IndicatorsService } from '../indicators.service.js';
import { indicatorQueryFromQuery } from './indicator-query.query.js';

// Property-based fuzzing of the indicator query parameters (spec section 9,
// issue 9): generated queries parse to the question they ask; a query broken
// in one parameter is a 400 naming that parameter; no query whatever throws
// anything but the app's 400. The routes' own parameters (interval, snapshot)
// are fuzzed through the controller with a stand-in service that returns the
// parsed question. Fixed seed; fast-check prints it and the shrunk
// counterexample on failure (FITA_FUZZ_SEED runs another).

const SEED = Number(process.env['FITA_FUZZ_SEED'] ?? 20_210_313);
const RUNS = 10_000;

type Query = Record<string, unknown>;
type Variant = 'indicators' | 'series-courses';
const FILTER_FORMATS = ['mooc', 'instant', 'masterclass', 'course', 'uncatalogued'];
const CODES = new Set([
  'indicators.unsupported_parameter',
  'indicators.invalid_period',
  'indicators.invalid_age_bands',
  'indicators.invalid_parameter',
  // The routes' own parameters.
  'indicators.invalid_interval',
  'snapshots.invalid_id',
]);

interface Model {
  variant: Variant;
  query: Query;
  expected: IndicatorQuery;
}

// ---------------------------------------------------------------------------
// Valid queries
// ---------------------------------------------------------------------------

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const FIRST_DAY = Date.parse('0001-01-01T00:00:00Z');
const LAST_DAY = Date.parse('9999-12-31T00:00:00Z');
const DAY = 86_400_000;
const isoDate = (ms: number) => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
/** A calendar day from 0001-01-01 to 9999-12-31, often near a year's or February's end. */
const day = fc.oneof(
  fc.integer({ min: FIRST_DAY / DAY, max: LAST_DAY / DAY }).map((n) => n * DAY),
  // 29 February of a common year is read by Date.parse as 1 March: still a real day.
  fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.constantFrom('-01-01', '-02-28', '-02-29', '-03-01', '-12-31'),
    )
    .map(([year, rest]) => Date.parse(`${pad(year, 4)}${rest}T00:00:00Z`)),
);
const period = fc
  .tuple(day, day)
  .map(([a, b]) => ({ from: isoDate(Math.min(a, b)), to: isoDate(Math.max(a, b)) }));

/** A cut-off instant with a zone, written with or without seconds and a fraction of 1 to 9 digits. */
const cutoff = fc
  .record({
    local: fc.integer({
      min: Date.parse('0001-01-02T00:00:00Z'),
      max: Date.parse('9999-12-30T00:00:00Z'),
    }),
    offset: fc.oneof(fc.constant(0), fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 })),
    zulu: fc.boolean(),
    seconds: fc.boolean(),
    fraction: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 9 }),
  })
  .map(({ local: at, offset: wanted, zulu, seconds, fraction }) => {
    const offset = zulu ? 0 : wanted;
    const local = new Date(at);
    let text = `${isoDate(at)}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
    let ms = Math.floor(at / 60_000) * 60_000;
    if (seconds) {
      text += `:${pad(local.getUTCSeconds())}.${fraction}`;
      ms += local.getUTCSeconds() * 1000 + Number(fraction.slice(0, 3).padEnd(3, '0'));
    }
    const sign = offset < 0 ? '-' : '+';
    text += zulu
      ? 'Z'
      : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
    return { text, ms: ms - offset * 60_000 };
  });

const customBanding = (bands: [number, number][]): AgeBanding => ({
  scheme: 'custom',
  bands: bands.map(([min, max]) => ({ label: `${min}-${max}`, min, max })),
});

/** Custom bands: 1 to 20 disjoint lo-hi bands of ages 0 to 150, written in any order, spaced, zero-padded. */
const customBands = fc
  .uniqueArray(fc.integer({ min: 0, max: 150 }), { minLength: 1, maxLength: 40 })
  .chain((ages) => {
    const sorted = [...ages].sort((a, b) => a - b);
    const bands: [number, number][] = [];
    for (let i = 0; i < sorted.length; i += 2) bands.push([sorted[i], sorted[i + 1] ?? sorted[i]]);
    return fc.tuple(
      fc.constant(bands.slice(0, 20)),
      fc.shuffledSubarray(bands.slice(0, 20), {
        minLength: Math.min(bands.length, 20),
        maxLength: Math.min(bands.length, 20),
      }),
      fc.array(
        fc.tuple(
          fc.constantFrom('', ' ', '  '),
          fc.constantFrom('', ' '),
          fc.constantFrom('', '0'),
        ),
        { minLength: 20, maxLength: 20 },
      ),
    );
  })
  .map(([bands, order, styles]) => ({
    written: order
      .map(([lo, hi], i) => {
        const [space, dash, zero] = styles[i];
        return `${space}${zero}${lo}${dash}-${dash}${hi}${space}`;
      })
      .join(','),
    banding: customBanding(bands),
  }));

const text = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
    fc.constantFrom(
      'cibernarium',
      'https://lms.example.org/courses/1',
      'Programa "Dones", 2021',
      'x'.repeat(10_000),
    ),
  )
  .filter((value) => value.trim() !== '');

function validQuery(variant: Variant): fc.Arbitrary<Model> {
  const banding =
    variant === 'indicators'
      ? fc.oneof(
          fc.constant({ params: {}, banding: standardAgeBanding('esf2014') }),
          fc.constantFrom('esf2014', 'esfplus', 'eurostat').map((scheme) => ({
            params: { ageScheme: scheme },
            banding: standardAgeBanding(scheme as 'esf2014'),
          })),
          fc.constant({
            params: { ageScheme: '', ageBands: '' },
            banding: standardAgeBanding('esf2014'),
          }),
          customBands.map(({ written, banding: custom }) => ({
            params: { ageScheme: 'custom', ageBands: written },
            banding: custom,
          })),
        )
      : fc.constant({ params: {}, banding: standardAgeBanding('esf2014') });
  return fc
    .record({
      period,
      banding,
      programme: fc.option(text, { nil: undefined }),
      course: fc.option(text, { nil: undefined }),
      format: fc.option(fc.constantFrom(...FILTER_FORMATS), { nil: undefined }),
      cutoff: fc.option(cutoff, { nil: undefined }),
    })
    .map(({ period: asked, banding: b, programme, course, format, cutoff: c }) => {
      // The indicators answer compares with the year before, so it starts in year 2 at the earliest.
      const earliest = variant === 'indicators' ? '0002-01-01' : '0001-01-01';
      const p = {
        from: asked.from < earliest ? earliest : asked.from,
        to: asked.to < earliest ? earliest : asked.to,
      };
      const filters = Object.fromEntries(
        Object.entries({ programme, format, course }).filter(([, v]) => v !== undefined),
      ) as IndicatorQuery['filters'];
      return {
        variant,
        query: { ...p, ...b.params, ...filters, ...(c ? { cutoff: c.text } : {}) },
        expected: {
          period: p,
          banding: b.banding,
          filters,
          ...(c ? { cutoff: new Date(c.ms) } : {}),
        },
      };
    });
}

const parse = (variant: Variant, query: Query) =>
  indicatorQueryFromQuery(query, variant === 'indicators' ? {} : { ageBands: false });

// ---------------------------------------------------------------------------
// Breakages: each names the parameter the 400 must name
// ---------------------------------------------------------------------------

interface Breakage {
  field: string;
  apply: (query: Query) => Query;
}
const setTo = (
  field: string,
  values: fc.Arbitrary<unknown>,
  named = field,
): fc.Arbitrary<Breakage> =>
  values.map((value) => ({ field: named, apply: (q: Query) => ({ ...q, [field]: value }) }));
const without = (field: string): fc.Arbitrary<Breakage> =>
  fc.constant({
    field,
    apply: (q: Query) => Object.fromEntries(Object.entries(q).filter(([key]) => key !== field)),
  });
const twice = (value: unknown) => [value, value];

const badDate = fc.oneof(
  fc.constantFrom(
    '',
    '2021-1-1',
    '20210101',
    '2021-01-01T00:00Z',
    ' 2021-01-01',
    '2021-01-01 ',
    '2021-02-29',
    '1900-02-29',
    '2021-13-01',
    '2021-00-10',
    '2021-04-31',
    '0000-01-01',
    '99999-01-01',
    '-2021-01-01',
    'yesterday',
    '２０２１-01-01',
  ),
  fc.string({ maxLength: 12 }).filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s)),
  fc.constant(['2021-01-01', '2021-01-02']),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), {
    minKeys: 1,
    maxKeys: 2,
  }),
);
const badCutoff = fc.oneof(
  fc.constantFrom(
    '2021-12-31T23:00:00',
    '2021-12-31',
    'now',
    '',
    '2021-02-30T10:00:00Z',
    '2021-02-29T10:00Z',
    '2021-04-31T00:00:00+02:00',
    '2021-12-31T24:00:00Z',
    '2021-12-31T23:60:00Z',
    '2021-12-31T23:59:60Z',
    '2021-12-31T10:00:00+25:00',
    '2021-12-31T10:00:00+01:60',
    '2021-12-31T10:00:00+0100',
    '2021-12-31T10:00:00.1234567890Z',
    '275760-09-13T00:00:00Z',
    '1640991600000',
  ),
  fc.string({ maxLength: 25 }).filter((s) => !s.includes('T')),
  fc.constant(twice('2021-12-31T23:00:00Z')),
);
const badBands = fc.oneof(
  fc.constantFrom(
    '25-',
    'a-b',
    '25',
    '40-25',
    '25-40,30-50',
    '25-40,40-50',
    '151-160',
    '0-151',
    '25-40,',
    ',',
    ' , ',
    '25-40;41-64',
    '25–40',
    '-5-10',
    '1.5-10',
    Array.from({ length: 21 }, (_, i) => `${i * 2}-${i * 2 + 1}`).join(','),
  ),
  fc.constant(twice('25-40')),
);
const unknownParameter = fc
  .oneof(
    fc.constantFrom(
      'From',
      'start',
      'end',
      'sex',
      'interval',
      'snapshot',
      'programme[]',
      'ageband',
      'limit',
      '__proto__',
      'constructor',
    ),
    fc.string({ minLength: 1, maxLength: 10 }),
  )
  .filter(
    (key) =>
      !['from', 'to', 'programme', 'course', 'format', 'ageScheme', 'ageBands', 'cutoff'].includes(
        key,
      ),
  );

function breakage(variant: Variant): fc.Arbitrary<Breakage> {
  const common: fc.Arbitrary<Breakage>[] = [
    without('from'),
    without('to'),
    setTo('from', badDate),
    setTo('to', badDate),
    // from after to: "from" is named.
    fc.constant({
      field: 'from',
      apply: (q: Query) => {
        const from = String(q['from']);
        const to = String(q['to']);
        return from === to
          ? { ...q, from: '9999-12-31', to: '0001-01-01' }
          : { ...q, from: to, to: from };
      },
    }),
    setTo('programme', fc.constantFrom('', ' ', '\t', twice('a'))),
    setTo('course', fc.constantFrom('', '  ', twice('https://lms.example.org/c/1'), { a: 'b' })),
    setTo(
      'format',
      fc.oneof(
        fc.constantFrom('MOOC', 'video', 'unknown', '', 'mooc ', twice('mooc')),
        fc.string({ maxLength: 8 }).filter((s) => !FILTER_FORMATS.includes(s)),
      ),
    ),
    setTo('cutoff', badCutoff),
    unknownParameter.chain((key) =>
      fc.jsonValue({ maxDepth: 1 }).map((value) => ({
        field: key,
        apply: (q: Query) =>
          Object.defineProperty({ ...q }, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
          }),
      })),
    ),
  ];
  if (variant === 'series-courses') {
    // These routes read no age bands: the parameters are unknown there.
    return fc.oneof(
      ...common,
      setTo('ageScheme', fc.constantFrom('esf2014', 'custom')),
      setTo('ageBands', fc.constant('25-40')),
    );
  }
  return fc.oneof(
    ...common,
    setTo('from', fc.constantFrom('0001-01-01', '0001-06-15', '0001-12-31')),
    setTo(
      'ageScheme',
      fc.oneof(
        fc.constantFrom('ESF2014', 'esf', 'unknown', ' custom', twice('esf2014')),
        fc
          .string({ minLength: 1, maxLength: 8 })
          .filter((s) => !['esf2014', 'esfplus', 'eurostat', 'custom'].includes(s)),
      ),
    ),
    // custom without bands, bands without custom.
    fc.constant({
      field: 'ageBands',
      apply: (q: Query) => ({ ...without2(q, 'ageBands'), ageScheme: 'custom' }),
    }),
    fc.constantFrom('esf2014', 'eurostat').map((scheme) => ({
      field: 'ageBands',
      apply: (q: Query) => ({ ...q, ageScheme: scheme, ageBands: '25-40' }),
    })),
    badBands.map((bands) => ({
      field: 'ageBands',
      apply: (q: Query) => ({ ...q, ageScheme: 'custom', ageBands: bands }),
    })),
  );
}
const without2 = (q: Query, field: string) =>
  Object.fromEntries(Object.entries(q).filter(([key]) => key !== field));

/** The AppError thrown, or a description of whatever else happened. */
function outcome(call: () => unknown): { error: AppError } | { value: unknown } {
  try {
    return { value: call() };
  } catch (error) {
    if (error instanceof AppError) return { error };
    throw error;
  }
}

function expectBadRequest(result: { error: AppError } | { value: unknown }, field?: string) {
  expect('error' in result).toBe(true);
  if (!('error' in result)) return;
  const { error } = result;
  expect(error.status).toBe(400);
  expect(CODES.has(error.code)).toBe(true);
  const details = error.details as { field: string; message: string }[];
  expect(details.length).toBeGreaterThan(0);
  for (const detail of details) expect(detail.message.trim()).not.toBe('');
  if (field !== undefined) {
    expect(details.map((d) => d.field)).toContain(field);
    expect(error.message).toContain(field);
  }
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

describe('indicator query parameters: property-based fuzzing (spec section 9)', () => {
  const variants = fc.constantFrom<Variant>('indicators', 'series-courses');

  it(`parses ${RUNS} valid queries to the question they ask`, () => {
    fc.assert(
      fc.property(variants.chain(validQuery), ({ variant, query, expected }) => {
        expect(parse(variant, query)).toEqual(expected);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`refuses ${RUNS} queries broken in one parameter with a 400 naming it`, () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(
        variants.chain((variant) => fc.tuple(validQuery(variant), breakage(variant))),
        ([{ variant, query }, broken]) => {
          const result = outcome(() => parse(variant, broken.apply(query)));
          expectBadRequest(result, broken.field);
          reached.add(broken.field);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    for (const field of [
      'from',
      'to',
      'programme',
      'course',
      'format',
      'cutoff',
      'ageScheme',
      'ageBands',
    ]) {
      expect(reached).toContain(field);
    }
  });

  it(`answers ${RUNS} arbitrary query objects with a question or the app's 400, nothing else`, () => {
    const keys = fc.oneof(
      fc.constantFrom(
        'from',
        'to',
        'programme',
        'course',
        'format',
        'ageScheme',
        'ageBands',
        'cutoff',
      ),
      fc.string({ maxLength: 6 }),
    );
    const values = fc.oneof(
      fc.constantFrom(
        '2021-01-01',
        '2021-12-31',
        'custom',
        '25-40',
        'mooc',
        '2021-06-01T00:00:00Z',
        '',
      ),
      fc.string({ maxLength: 12 }),
      fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
    );
    fc.assert(
      fc.property(variants, fc.dictionary(keys, values, { maxKeys: 8 }), (variant, query) => {
        const result = outcome(() => parse(variant, query));
        if ('error' in result) expectBadRequest(result);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  describe('through the routes (interval, snapshot), with a stand-in for the engine', () => {
    const service = {
      indicators: (query: IndicatorQuery) => Promise.resolve({ route: 'indicators', query }),
      series: (query: IndicatorQuery, interval: string) =>
        Promise.resolve({ route: 'series', query, interval }),
      courses: (query: IndicatorQuery) => Promise.resolve({ route: 'courses', query }),
    } as unknown as IndicatorsService;
    const frozen = {
      view: (id: string) => Promise.resolve({ route: 'snapshot', id }),
    } as unknown as FrozenSnapshots;
    const controller = new IndicatorsController(service, frozen, {} as JobQueues);

    async function settle(
      call: () => Promise<unknown>,
    ): Promise<{ error: AppError } | { value: unknown }> {
      try {
        return { value: await call() };
      } catch (error) {
        if (error instanceof AppError) return { error };
        throw error;
      }
    }

    it('reads interval on /series (month or year, year by default) and refuses anything else naming it', async () => {
      await fc.assert(
        fc.asyncProperty(
          validQuery('series-courses'),
          fc.option(
            fc.oneof(
              fc.constantFrom('month', 'year', 'Month', 'week', '', 'day'),
              fc.constant(['month', 'year']),
              fc.string({ maxLength: 6 }),
            ),
            { nil: undefined },
          ),
          async ({ query, expected }, interval) => {
            const result = await settle(() =>
              controller.series(interval === undefined ? query : { ...query, interval }),
            );
            if (interval === undefined || interval === 'month' || interval === 'year') {
              expect(result).toEqual({
                value: { route: 'series', query: expected, interval: interval ?? 'year' },
              });
            } else {
              expectBadRequest(result);
              if ('error' in result)
                expect((result.error.details as { field: string }[])[0].field).toBe('interval');
            }
          },
        ),
        { seed: SEED, numRuns: 2_000 },
      );
    });

    it('takes snapshot alone on /api/indicators, as a UUID, and refuses it with anything else', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.uuid(),
            fc.constantFrom('', 'latest', '1', 'not-a-uuid'),
            fc.string({ maxLength: 40 }),
            fc.constant(['a', 'b']),
          ),
          fc.option(validQuery('indicators'), { nil: undefined }),
          async (snapshot, alongside) => {
            const result = await settle(() =>
              controller.get({ ...(alongside?.query ?? {}), snapshot }),
            );
            const isId =
              typeof snapshot === 'string' &&
              /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(snapshot);
            if (alongside === undefined && isId) {
              expect(result).toEqual({ value: { route: 'snapshot', id: snapshot.toLowerCase() } });
            } else {
              expect('error' in result && result.error.status).toBe(400);
            }
          },
        ),
        { seed: SEED, numRuns: 2_000 },
      );
    });
  });
});
