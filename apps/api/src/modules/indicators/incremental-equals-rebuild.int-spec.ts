import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { login, postStatements } from '../../../test/api-client.js';
import {
  CATALOGUE_HEADER,
  REGISTRY_HEADER,
  importCsv,
  readFactTables,
  readFigures,
} from '../../../test/indicator-proof.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { IndicatorsRefreshService } from './indicators-refresh.service.js';

/**
 * Property (issue 5): however statements arrive (in what batches, refreshed
 * when), the facts the refresh folds them into equal those a rebuild derives
 * from scratch, and so do the figures, now and at a cut-off taken between two
 * batches; and the figures equal the definitions of spec sections 1 to 5
 * computed here, independently, from the statements sent.
 *
 * The runs share one database and build on each other, so a run's state
 * includes every earlier run's. A failure names the seed; set
 * FITA_PROPERTY_SEED to replay it, or to try other sequences.
 */
const SEED = Number(process.env['FITA_PROPERTY_SEED'] ?? 20201231);
const RUNS = 10;

const VERBS = {
  registered: 'http://adlnet.gov/expapi/verbs/registered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  attended: 'http://adlnet.gov/expapi/verbs/attended',
  launched: 'http://adlnet.gov/expapi/verbs/launched',
};
const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';
const ROLE: Record<string, 'enrolment' | 'completion' | undefined> = {
  [VERBS.registered]: 'enrolment',
  [VERBS.completed]: 'completion',
  [VERBS.passed]: 'completion',
  [VERBS.attended]: 'completion',
};

const LMS = 'https://lms.example.org';
const AI = `${LMS}/courses/ai`;
const DATA = `${LMS}/courses/data`;
const WEB = `${LMS}/courses/web`;
const UNLISTED = `${LMS}/courses/unlisted`;
const ANA_SHA1 = createHash('sha1').update('mailto:ana@example.org').digest('hex');

/** Each actor with the person it is by spec section 2 and the registry below (null: a Group). */
const ACTORS: { actor: Record<string, unknown>; person: string | null }[] = [
  { actor: { mbox: 'mailto:ana@example.org' }, person: 'ana' },
  { actor: { mbox: 'mailto:Ana@Example.org' }, person: 'ana' },
  { actor: { mbox_sha1sum: ANA_SHA1 }, person: 'ana' },
  { actor: { mbox_sha1sum: ANA_SHA1.toUpperCase() }, person: 'ana' },
  { actor: { account: { homePage: LMS, name: 'bo' } }, person: 'bo' },
  { actor: { account: { homePage: `${LMS}/`, name: 'bo' } }, person: 'bo' },
  { actor: { mbox: 'mailto:cai@example.org' }, person: 'cai' },
  { actor: { account: { homePage: LMS, name: 'cai' } }, person: 'cai' },
  { actor: { openid: 'https://id.example.org/dan' }, person: 'dan' },
  { actor: { objectType: 'Agent', mbox: 'mailto:eli@example.org' }, person: 'eli' },
  { actor: { objectType: 'Group', mbox: 'mailto:ana@example.org' }, person: null },
  {
    actor: { objectType: 'Group', name: 'Team', member: [{ mbox: 'mailto:eli@example.org' }] },
    person: null,
  },
];

const activities = (ids: string[]) => ids.map((id) => ({ id }));
/** Each object (with its context) and the course spec section 3 attributes it to. */
const OBJECTS: { object: Record<string, unknown>; context?: unknown; course: string | null }[] = [
  { object: { id: AI }, course: AI },
  { object: { id: DATA, objectType: 'Activity' }, course: DATA },
  { object: { id: WEB }, context: { contextActivities: { parent: [{ id: AI }] } }, course: WEB },
  {
    object: { id: `${AI}/module-1` },
    context: { contextActivities: { parent: activities([UNLISTED, AI]) } },
    course: AI,
  },
  {
    object: { id: `${LMS}/lessons/1` },
    context: {
      contextActivities: {
        parent: activities([UNLISTED]),
        grouping: activities([DATA, WEB]),
      },
    },
    course: DATA,
  },
  { object: { id: UNLISTED }, course: UNLISTED },
  {
    object: { id: `${UNLISTED}/module-1` },
    context: { contextActivities: { parent: [{ id: UNLISTED }] } },
    course: `${UNLISTED}/module-1`,
  },
  { object: { objectType: 'Agent', mbox: 'mailto:tutor@example.org' }, course: null },
];

/** What the figures are read for: periods either side of New Year, and the course filters. */
const PROGRAMME: Record<string, string | undefined> = {
  [AI]: 'cibernarium',
  [DATA]: 'cibernarium',
};
const FILTERS: { query: string; matches: (course: string | null) => boolean }[] = [
  { query: '', matches: () => true },
  { query: `&course=${encodeURIComponent(AI)}`, matches: (course) => course === AI },
  {
    query: '&format=uncatalogued',
    matches: (course) => course !== null && ![AI, DATA, WEB].includes(course),
  },
  {
    query: '&programme=cibernarium',
    matches: (course) => course !== null && PROGRAMME[course] === 'cibernarium',
  },
];
const QUERIES = [
  ...[
    ['2020-12-31', '2020-12-31'],
    ['2021-01-01', '2021-01-01'],
    ['2020-01-01', '2020-12-31'],
    ['2021-01-01', '2021-12-31'],
    ['2022-01-01', '2022-12-31'],
  ].map(([from, to]) => ({ from, to, filter: FILTERS[0] })),
  ...FILTERS.map((filter) => ({ from: '2019-01-01', to: '2022-12-31', filter })),
].map((q) => ({ ...q, query: `from=${q.from}&to=${q.to}${q.filter.query}` }));

interface Sent {
  payload: Record<string, unknown> & { id: string };
  /** The instant of its timestamp, ms. */
  instant: number;
  person: string | null;
  course: string | null;
  verb: string;
  target?: string;
  /** The number of the batch that stored it: what a cut-off taken after batch n sees. */
  batch: number;
}

/** mulberry32: a small seeded generator, so a seed names one sequence exactly. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  const hex = (n: number) => Array.from({ length: n }, () => int(0, 15).toString(16)).join('');
  return {
    next,
    int,
    pick,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`,
  };
}
type Generator = ReturnType<typeof generator>;

/**
 * Instants within three hours of New Year 2021 or 2022 in Madrid, on a
 * quarter-hour grid so that timestamps often tie; now and then mid-year.
 */
function timestamp(random: Generator): { text: string; instant: number } {
  const newYear = random.pick([Date.UTC(2020, 11, 31, 23), Date.UTC(2021, 11, 31, 23)]);
  const instant =
    random.next() < 0.15
      ? Date.UTC(2021, 5, 30, 22, 15 * random.int(0, 8))
      : newYear + random.int(-12, 12) * 15 * 60_000;
  // Z, an offset either side, or none at all (UTC, spec section 1).
  const offset = random.pick([0, 60, -300, 330, null]);
  const local = new Date(instant + (offset ?? 0) * 60_000).toISOString().slice(0, 19);
  if (offset === null) return { text: local, instant };
  if (offset === 0) return { text: `${local}Z`, instant };
  const abs = Math.abs(offset);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return { text: `${local}${offset < 0 ? '-' : '+'}${hhmm}`, instant };
}

/** The local date of an instant in Madrid, YYYY-MM-DD. */
const madridDate = (instant: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(instant);

/**
 * Spec sections 1 to 5, straight from the statements: the figures any path
 * must give for a period, a course filter and a cut-off after batch `seen`.
 */
function expectedFigures(
  sent: Iterable<Sent>,
  { from, to, filter }: (typeof QUERIES)[number],
  seen = Infinity,
) {
  const all = [...sent].filter((s) => s.batch <= seen);
  const voided = new Set(all.filter((s) => s.verb === VOIDED).map((s) => s.target));
  const counting = all.filter(
    (s) =>
      s.person !== null &&
      s.verb !== VOIDED &&
      !voided.has(s.payload.id) &&
      filter.matches(s.course),
  );
  const inPeriod = (instant: number) => {
    const date = madridDate(instant);
    return date >= from && date <= to;
  };
  const firsts = new Map<string, { person: string; role: string; instant: number }>();
  for (const s of counting) {
    const role = ROLE[s.verb];
    if (!role || s.course === null) continue;
    const key = `${s.person}|${s.course}|${role}`;
    const known = firsts.get(key);
    if (!known || s.instant < known.instant)
      firsts.set(key, { person: s.person!, role, instant: s.instant });
  }
  const flows = (role: string) =>
    [...firsts.values()].filter((f) => f.role === role && inPeriod(f.instant));
  return {
    users: new Set(counting.filter((s) => inPeriod(s.instant)).map((s) => s.person)).size,
    enrolments: flows('enrolment').length,
    completions: flows('completion').length,
    completers: new Set(flows('completion').map((f) => f.person)).size,
  };
}

describe('incremental refresh equals rebuild (property)', () => {
  let app: TestApp;
  let token: string;
  let refresh: IndicatorsRefreshService;
  /** Every statement stored so far, by id. */
  const stored = new Map<string, Sent>();
  /** Batches stored so far, over all runs. */
  let batches = 0;

  beforeAll(async () => {
    app = await startTestApp();
    token = await login(app);
    refresh = app.app.get(IndicatorsRefreshService);
    await importCsv(
      app.baseUrl,
      token,
      '/api/courses/import',
      [
        CATALOGUE_HEADER,
        `${AI},AI,mooc,async,cibernarium,`,
        `${DATA},Data,masterclass,sync,cibernarium,`,
        `${WEB},Web,course,sync,,`,
      ].join('\n'),
    );
    await importCsv(
      app.baseUrl,
      token,
      '/api/learners/import',
      [
        REGISTRY_HEADER,
        'P-ana,ana@example.org,,,woman,1990,6,employed,Barcelona,Gràcia',
        'P-cai,cai@example.org,,,man,1958,3,unemployed,Badalona,',
        `P-cai,,${LMS},cai,man,1958,3,unemployed,Badalona,`,
      ].join('\n'),
    );
  });
  afterAll(() => app.close());

  /** One statement: new, a void of an earlier one, or an earlier one sent again as it was. */
  function nextStatement(random: Generator, batch: Map<string, Sent>): Sent {
    const number = batches;
    const earlier = [...stored.values()];
    const roll = random.next();
    if (roll < 0.1 && earlier.length > 0) {
      const again = random.pick(earlier);
      if (!batch.has(again.payload.id)) return again;
    }
    const { actor, person } = random.pick(ACTORS);
    const { text, instant } = timestamp(random);
    const id = random.uuid();
    const pool = [...earlier, ...batch.values()];
    if (roll > 0.88 && pool.length > 0) {
      const target = random.pick(pool).payload.id;
      return {
        payload: {
          id,
          actor,
          verb: { id: VOIDED },
          object: { objectType: 'StatementRef', id: target },
          timestamp: text,
        },
        instant,
        person,
        course: null,
        verb: VOIDED,
        target,
        batch: number,
      };
    }
    const verb = random.pick([...Object.values(VERBS), VERBS.registered, VERBS.completed]);
    const { object, context, course } = random.pick(OBJECTS);
    return {
      payload: {
        id,
        actor,
        verb: { id: verb },
        object,
        ...(context === undefined ? {} : { context }),
        timestamp: text,
      },
      instant,
      person,
      course,
      verb,
      batch: number,
    };
  }

  const figuresAt = (cutoff: Date) =>
    readFigures(
      app.baseUrl,
      token,
      QUERIES.map((q) => q.query),
      cutoff,
    );

  async function state(cutoff: Date) {
    const freshness = await fetch(`${app.baseUrl}/api/indicators/freshness`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const { statementsStored, statementsProcessed } = (await freshness.json()) as Record<
      string,
      number
    >;
    return {
      statementsStored,
      statementsProcessed,
      facts: await readFactTables(app.databaseUrl),
      figures: await figuresAt(cutoff),
    };
  }

  for (let run = 1; run <= RUNS; run += 1) {
    it(`run ${run} of seed ${SEED}: random batches, each refreshed, then a rebuild changes nothing`, async () => {
      const random = generator(SEED * 1000 + run);
      const count = random.int(3, 10);
      const checkpointAfter = random.int(1, count - 1);
      const checkpoint = { cutoff: new Date(0), batch: 0 };
      for (let b = 1; b <= count; b += 1) {
        batches += 1;
        const batch = new Map<string, Sent>();
        const size = random.int(1, 12);
        while (batch.size < size) {
          const next = nextStatement(random, batch);
          batch.set(next.payload.id, next);
        }
        const response = await postStatements(
          app,
          [...batch.values()].map((s) => s.payload),
        );
        expect(response.status).toBe(200);
        for (const s of batch.values()) if (!stored.has(s.payload.id)) stored.set(s.payload.id, s);
        await refresh.refresh();
        if (b === checkpointAfter) {
          Object.assign(checkpoint, { cutoff: new Date(), batch: batches });
          // The next batch is stored later than this, so cut-offs up to 2 ms on see the same.
          await new Promise((resolve) => setTimeout(resolve, 3));
        }
      }

      const incremental = await state(new Date());
      const earlier = await figuresAt(checkpoint.cutoff);
      await refresh.rebuild();
      const rebuilt = await state(new Date());
      const earlierRebuilt = await figuresAt(new Date(checkpoint.cutoff.getTime() + 1));

      expect(incremental.statementsProcessed).toBe(stored.size);
      expect(incremental.statementsStored).toBe(stored.size);
      expect(rebuilt).toEqual(incremental);
      expect(earlierRebuilt).toEqual(earlier);
      for (const query of QUERIES) {
        expect(incremental.figures[query.query]).toMatchObject({
          period: { from: query.from, to: query.to },
          ...expectedFigures(stored.values(), query),
        });
        expect(earlier[query.query]).toMatchObject({
          period: { from: query.from, to: query.to },
          ...expectedFigures(stored.values(), query, checkpoint.batch),
        });
      }
    });
  }
});
