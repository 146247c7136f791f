import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import pg from 'pg';
import { lrsHeaders, login, waitForFreshness } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

// Property-based fuzzing of POST /xapi/statements through the real HTTP API,
// Postgres and queue (issue 9): random batches mixing valid statements and
// statements broken in one known place. Never a 500; a batch with any invalid
// statement stores none of it (the LRS tables are unchanged) and the 400
// names the index and path of the first invalid statement; a valid batch is
// stored whole. The seed is fixed; fast-check prints it with the shrunk
// counterexample. FITA_FUZZ_SEED runs another seed.

const SEED = Number(process.env['FITA_FUZZ_SEED'] ?? 20_210_302);
const BATCH_RUNS = 600;
const GARBAGE_RUNS = 150;

type JsonObject = Record<string, unknown>;

// ---------------------------------------------------------------------------
// Valid statements
// ---------------------------------------------------------------------------

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const word = fc.string({ unit: fc.constantFrom(...LOWER), minLength: 1, maxLength: 8 });
/** Any text: ASCII, any code point, NUL and unpaired surrogates (valid JSON strings all). */
const text = fc.oneof(
  { weight: 20, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 10, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 4, arbitrary: fc.constantFrom('Núria Puig', '日本語', '👩🏽‍💻', '') },
  { weight: 1, arbitrary: fc.constantFrom('a\u0000b', '\ud800', 'x\udfffy') },
);
const iri = fc
  .tuple(
    fc.constantFrom(
      'https://example.org/',
      'http://lms.example.org/xapi/',
      'urn:fita:',
      'https://ñandú.example/',
    ),
    fc.string({ unit: fc.constantFrom(...LOWER, '-', '/', 'é', '%20', '日'), maxLength: 16 }),
  )
  .map(([base, rest]) => base + rest);
const languageMap = fc.dictionary(
  fc.constantFrom('en', 'ca', 'es-ES', 'zh-Hant', 'de-CH-1996'),
  text,
  {
    minKeys: 1,
    maxKeys: 2,
    noNullPrototype: true,
  },
);
const extensions = fc.dictionary(iri, fc.jsonValue({ maxDepth: 2 }), {
  maxKeys: 2,
  noNullPrototype: true,
});
const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });

const ifi: fc.Arbitrary<JsonObject> = fc.oneof(
  fc.tuple(word, word).map(([user, host]) => ({ mbox: `mailto:${user}@${host}.example` })),
  hex(40).map((sum) => ({ mbox_sha1sum: sum })),
  iri.map((openid) => ({ openid })),
  fc.tuple(iri, text).map(([homePage, name]) => ({ account: { homePage, name } })),
);
const agent: fc.Arbitrary<JsonObject> = fc
  .tuple(ifi, fc.option(text, { nil: undefined }))
  .map(([id, name]) => ({ objectType: 'Agent', ...(name === undefined ? {} : { name }), ...id }));
const group: fc.Arbitrary<JsonObject> = fc.oneof(
  fc
    .array(agent, { minLength: 1, maxLength: 2 })
    .map((member) => ({ objectType: 'Group', member })),
  fc.tuple(ifi, fc.array(agent, { maxLength: 2 })).map(([id, member]) => ({
    objectType: 'Group',
    ...id,
    member,
  })),
);
const activity: fc.Arbitrary<JsonObject> = fc
  .record(
    {
      objectType: fc.constant('Activity'),
      id: iri,
      definition: fc.record(
        {
          name: languageMap,
          description: languageMap,
          type: iri,
          extensions,
          interactionType: fc.constant('choice'),
          choices: fc.uniqueArray(fc.record({ id: word, description: languageMap }), {
            selector: (choice) => choice.id,
            minLength: 1,
            maxLength: 3,
          }),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['id'] },
  )
  .map((a) => {
    // choices need their interactionType and the other way round.
    const definition = a.definition as JsonObject | undefined;
    if (
      definition &&
      (definition['choices'] === undefined) !== (definition['interactionType'] === undefined)
    ) {
      const { choices: _choices, interactionType: _type, ...rest } = definition;
      return { ...a, definition: rest };
    }
    return a;
  });

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const FIRST_LOCAL = Date.parse('0000-01-01T00:00:00Z');
const LAST_LOCAL = Date.parse('9999-12-31T23:59:59.999Z');
const DAY = 86_400_000;
/** Years 1 to 9999 in UTC are storable; a local time near either end may fall outside. */
const EARLIEST = Date.parse('0001-01-01T00:00:00Z');
const LATEST = LAST_LOCAL;

/**
 * ISO 8601 date-times of local years 0 to 9999 at any offset, with and
 * without one, often within a day of the ends.
 */
const timestamp = fc
  .record({
    local: fc.oneof(
      fc.integer({ min: FIRST_LOCAL, max: LAST_LOCAL }),
      fc.integer({ min: EARLIEST - DAY, max: EARLIEST + DAY }),
      fc.integer({ min: LAST_LOCAL - DAY, max: LAST_LOCAL }),
    ),
    offset: fc.oneof(fc.constant(0), fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 })),
    zone: fc.constantFrom('Z', 'offset', 'none'),
    millis: fc.boolean(),
  })
  .map(({ local: at, offset: wanted, zone, millis }) => {
    const offset = zone === 'offset' ? wanted : 0;
    const local = new Date(at);
    const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
    const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${millis ? `.${pad(local.getUTCMilliseconds(), 3)}` : ''}`;
    const sign = offset < 0 ? '-' : '+';
    const suffix =
      zone === 'none'
        ? ''
        : zone === 'Z' || offset === 0
          ? 'Z'
          : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
    return `${date}T${time}${suffix}`;
  });

/** The instant of a timestamp as generated above (no offset is UTC). */
function instantOf(text: string): number {
  const [, local, zone] = /^(.{19}(?:\.\d{3})?)(Z|[+-]\d{2}:\d{2})?$/.exec(text)!;
  const sign = zone?.startsWith('-') ? -1 : 1;
  const offset =
    zone === undefined || zone === 'Z'
      ? 0
      : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
  return Date.parse(`${local}Z`) - offset * 60_000;
}

const result = fc.record(
  {
    score: fc
      .tuple(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.integer({ min: -100, max: 100 }),
        fc.nat(100),
      )
      .map(([scaled, min, span]) => ({
        scaled,
        raw: min + Math.floor(span / 2),
        min,
        max: min + span + 1,
      })),
    success: fc.boolean(),
    completion: fc.boolean(),
    response: text,
    duration: fc.constantFrom('PT1H30M', 'P1W', 'PT4H35M59.14S', 'P1Y2M3DT4H5M6S', 'PT0S'),
    extensions,
  },
  { requiredKeys: [] },
);
const context = fc.record(
  {
    registration: fc.uuid(),
    instructor: agent,
    contextActivities: fc.record(
      {
        parent: fc.array(activity, { maxLength: 2 }),
        grouping: activity,
        category: fc.array(activity, { maxLength: 1 }),
      },
      { requiredKeys: [] },
    ),
    platform: text,
    language: fc.constantFrom('ca', 'es-ES', 'en-US'),
    extensions,
  },
  { requiredKeys: [] },
);
const attachment = fc.record({
  usageType: iri,
  display: languageMap,
  contentType: fc.constantFrom('application/pdf', 'text/plain'),
  length: fc.nat(),
  sha2: hex(64),
  fileUrl: iri,
});
const VERBS = [
  'http://adlnet.gov/expapi/verbs/registered',
  'http://adlnet.gov/expapi/verbs/completed',
  'http://adlnet.gov/expapi/verbs/passed',
  'http://adlnet.gov/expapi/verbs/attended',
  'http://adlnet.gov/expapi/verbs/experienced',
];
const verb = fc.record(
  { id: fc.oneof(fc.constantFrom(...VERBS), iri), display: languageMap },
  { requiredKeys: ['id'] },
);
const core = {
  actor: fc.oneof({ weight: 4, arbitrary: agent }, { weight: 1, arbitrary: group }),
  verb,
};
const subStatement = fc
  .record({ ...core, object: activity })
  .map((sub) => ({ objectType: 'SubStatement', ...sub }));
const validStatement: fc.Arbitrary<JsonObject> = fc
  .tuple(
    fc.record(core),
    fc.oneof(
      { weight: 6, arbitrary: activity },
      { weight: 1, arbitrary: agent },
      { weight: 1, arbitrary: fc.uuid().map((id) => ({ objectType: 'StatementRef', id })) },
      { weight: 1, arbitrary: subStatement },
    ),
    fc.record(
      { result, context, timestamp, attachments: fc.array(attachment, { maxLength: 1 }) },
      { requiredKeys: [] },
    ),
  )
  .map(([who, what, rest]) => {
    const statement: JsonObject = { ...who, object: what, ...rest };
    // context.platform is only allowed when the object is an Activity.
    const ctx = rest.context as JsonObject | undefined;
    const objectType = (what as JsonObject)['objectType'];
    if (ctx && objectType !== undefined && objectType !== 'Activity') {
      const { platform: _platform, ...others } = ctx;
      statement['context'] = others;
    }
    return statement;
  });

// ---------------------------------------------------------------------------
// Breakages: one per invalid statement, each with the path and rule expected
// ---------------------------------------------------------------------------

interface Breakage {
  what: string;
  apply: (statement: JsonObject) => JsonObject;
  /** The path below the statement (`.actor.mbox`) and the rule the 400 must name. */
  path: string;
  rule: string;
}

const without = (statement: JsonObject, key: string) => {
  const { [key]: _dropped, ...rest } = statement;
  return rest;
};
const breakage: fc.Arbitrary<Breakage> = fc.oneof(
  fc.constantFrom<Breakage>(
    { what: 'no actor', apply: (s) => without(s, 'actor'), path: '.actor', rule: 'required' },
    { what: 'no verb', apply: (s) => without(s, 'verb'), path: '.verb', rule: 'required' },
    { what: 'no object', apply: (s) => without(s, 'object'), path: '.object', rule: 'required' },
    { what: 'null verb', apply: (s) => ({ ...s, verb: null }), path: '.verb', rule: 'value.null' },
    {
      what: 'version 2.0.0 under 1.0.3',
      apply: (s) => ({ ...s, version: '2.0.0' }),
      path: '.version',
      rule: 'version.format',
    },
  ),
  fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant([])).map<Breakage>((actor) => ({
    what: 'actor not an object',
    apply: (s) => ({ ...s, actor }),
    path: '.actor',
    rule: 'type.object',
  })),
  fc.tuple(word, word).map<Breakage>(([user, host]) => ({
    what: 'mbox without mailto:',
    apply: (s) => ({ ...s, actor: { mbox: `${user}@${host}.example` } }),
    path: '.actor.mbox',
    rule: 'mbox.mailto',
  })),
  fc
    .constantFrom('completed', 'http://exa mple.org', '', 'https://example.org/%zz')
    .map<Breakage>((id) => ({
      what: 'verb id not an IRI',
      apply: (s) => ({ ...s, verb: { id } }),
      path: '.verb.id',
      rule: 'iri.format',
    })),
  fc.constantFrom('not-a-uuid', '00000000-0000-0000-0000-000000000000', 42).map<Breakage>((id) => ({
    what: 'id not a UUID',
    apply: (s) => ({ ...s, id }),
    path: '.id',
    rule: 'uuid.format',
  })),
  fc
    .constantFrom(
      '2021-02-30T10:00:00Z',
      '2021-03-01',
      '2021-03-01T10:15:00-00:00',
      'yesterday',
      '10000-01-01T00:00:00Z',
    )
    .map<Breakage>((timestamp) => ({
      what: 'timestamp not a date-time',
      apply: (s) => ({ ...s, timestamp }),
      path: '.timestamp',
      rule: 'date-time.format',
    })),
  fc
    .oneof(
      fc.double({ min: 1, minExcluded: true, noNaN: true, noDefaultInfinity: true }),
      fc.double({ max: -1, maxExcluded: true, noNaN: true, noDefaultInfinity: true }),
    )
    .map<Breakage>((scaled) => ({
      what: 'scaled score out of range',
      apply: (s) => ({ ...s, result: { score: { scaled } } }),
      path: '.result.score.scaled',
      rule: 'score.scaled-range',
    })),
  fc.constantFrom('PT1.5H30M', 'P1W2D', 'PT', '1H').map<Breakage>((duration) => ({
    what: 'bad duration',
    apply: (s) => ({ ...s, result: { duration } }),
    path: '.result.duration',
    rule: 'duration.format',
  })),
  fc
    .constantFrom(
      ['Actor', '.Actor'],
      ['foo', '.foo'],
      ['', '[""]'],
      ['ñ', '["ñ"]'],
      ['__proto__', '.__proto__'],
    )
    .map<Breakage>(([key, path]) => ({
      what: `unknown property ${key}`,
      // As JSON.parse reads it: an own property even for "__proto__".
      apply: (s) =>
        Object.defineProperty({ ...s }, key, {
          value: 1,
          enumerable: true,
          writable: true,
          configurable: true,
        }),
      path,
      rule: 'property.unknown',
    })),
  fc.constantFrom('nope', '').map<Breakage>((registration) => ({
    what: 'registration not a UUID',
    apply: (s) => ({ ...s, context: { registration } }),
    path: '.context.registration',
    rule: 'uuid.format',
  })),
  fc.constant<Breakage>({
    what: 'Group member is a Group',
    apply: (s) => ({
      ...s,
      actor: {
        objectType: 'Group',
        member: [{ objectType: 'Group', member: [{ mbox: 'mailto:a@example.org' }] }],
      },
    }),
    path: '.actor.member[0]',
    rule: 'group.member-agent',
  }),
);

// ---------------------------------------------------------------------------
// Batches
// ---------------------------------------------------------------------------

interface Item {
  statement: JsonObject;
  withId: boolean;
  broken: Breakage | null;
}
interface Batch {
  items: Item[];
  /** One statement sent as an object rather than an array of one. */
  single: boolean;
  /** Index pairs: the second statement gets the id of the first. */
  repeat: [number, number] | null;
  /** One statement reuses the id of a statement stored earlier, with other content. */
  conflict: boolean;
}
const batch: fc.Arbitrary<Batch> = fc.record({
  items: fc.array(
    fc.record({
      statement: validStatement,
      withId: fc.boolean(),
      broken: fc.oneof(
        { weight: 4, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: breakage },
      ),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  single: fc.boolean(),
  repeat: fc.option(fc.tuple(fc.nat(5), fc.nat(5)), { freq: 2 }),
  conflict: fc.boolean(),
});

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const unstorableText = (text: string) =>
  text.includes('\u0000') ||
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

/** The JSONPath of the first string or key holding NUL or an unpaired surrogate, if any. */
function unstorablePath(value: unknown, path = '$'): string | null {
  if (typeof value === 'string') return unstorableText(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorablePath(item, `${path}[${index}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const at = IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
    const found = unstorableText(key) ? at : unstorablePath(item, at);
    if (found !== null) return found;
  }
  return null;
}

/** What of a valid statement Postgres cannot store: the path below `$` and the rule. */
function unstorable(statement: JsonObject): { path: string; rule: string } | null {
  const text = unstorablePath(statement);
  if (text !== null) return { path: text.slice(1), rule: 'text.unstorable' };
  const at = statement['timestamp'];
  if (typeof at === 'string' && (instantOf(at) < EARLIEST || instantOf(at) > LATEST)) {
    return { path: '.timestamp', rule: 'timestamp.range' };
  }
  return null;
}

interface LrsState {
  statements: number;
  voided: number;
  agents: number;
  activities: number;
  attachments: number;
  definitions: string;
}

describe('POST /xapi/statements fuzzing (issue 9)', () => {
  let app: TestApp;
  let db: pg.Client;
  const storedIds: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    db = new pg.Client({ connectionString: app.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  /** Everything a statement request may write, but the log of refusals. */
  async function lrsState(): Promise<LrsState> {
    const { rows } = await db.query<LrsState>(
      `SELECT (SELECT count(*) FROM statements)::int AS statements,
              (SELECT count(*) FROM statements WHERE voided)::int AS voided,
              (SELECT count(*) FROM statement_agents)::int AS agents,
              (SELECT count(*) FROM statement_activities)::int AS activities,
              (SELECT count(*) FROM attachments)::int AS attachments,
              (SELECT md5(coalesce(string_agg(a::text, ',' ORDER BY a::text), '')) FROM activities a) AS definitions`,
    );
    return rows[0];
  }

  async function post(body: string): Promise<{ status: number; json: Record<string, unknown> }> {
    const response = await fetch(`${app.baseUrl}/xapi/statements`, {
      method: 'POST',
      headers: lrsHeaders(app),
      body,
    });
    const raw = await response.text();
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      json = { raw };
    }
    return { status: response.status, json };
  }

  it(`never answers 500 to ${BATCH_RUNS} random batches, and stores a batch whole or not at all`, async () => {
    const outcomes = new Map<string, number>();
    const refusedFor = new Set<string>();
    await fc.assert(
      fc.asyncProperty(batch, async ({ items, single, repeat, conflict }) => {
        const bodies = items.map(({ statement, withId, broken }) => {
          const withIdentity = withId ? { ...statement, id: randomUUID() } : statement;
          return broken ? broken.apply(withIdentity) : withIdentity;
        });
        // The first statement the LRS must refuse: broken, or holding text Postgres cannot store.
        const firstBroken = bodies.findIndex(
          (body, index) => items[index].broken !== null || unstorable(body) !== null,
        );
        const [from, to] = repeat ?? [0, 0];
        const repeats =
          repeat !== null &&
          from < to &&
          to < bodies.length &&
          items[from].broken === null &&
          items[to].broken === null;
        if (repeats) {
          const id = bodies[from]['id'] ?? randomUUID();
          bodies[from] = { ...bodies[from], id };
          bodies[to] = { ...bodies[to], id };
        }
        const conflicts = conflict && storedIds.length > 0 && !repeats && items[0].broken === null;
        if (conflicts) bodies[0] = { ...bodies[0], id: storedIds[storedIds.length - 1] };
        const asSingle = single && bodies.length === 1;

        const before = await lrsState();
        const { status, json } = await post(JSON.stringify(asSingle ? bodies[0] : bodies));
        const after = await lrsState();
        const outcome = `${status} ${typeof json['code'] === 'string' ? json['code'] : ''}`;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);

        expect(status).toBeLessThan(500);
        if (firstBroken >= 0) {
          const { path, rule } = items[firstBroken].broken ?? unstorable(bodies[firstBroken])!;
          const prefix = asSingle ? '$' : `$[${firstBroken}]`;
          refusedFor.add(rule);
          expect({ status, code: json['code'] }).toEqual({
            status: 400,
            code: 'xapi.invalid_statement',
          });
          const details = json['details'] as { path: string; rule: string; message: string }[];
          expect(details.map((d) => ({ path: d.path, rule: d.rule }))).toContainEqual({
            path: `${prefix}${path}`,
            rule,
          });
          // Only the first invalid statement is reported, each problem with its path.
          expect(details.filter((d) => !d.path.startsWith(prefix) || d.message === '')).toEqual([]);
          expect(json['message']).toContain(
            prefix === '$' ? 'Invalid statement' : `at index ${firstBroken}`,
          );
          expect(after).toEqual(before);
          return;
        }
        if (repeats) {
          expect({ status, code: json['code'] }).toEqual({
            status: 400,
            code: 'xapi.duplicate_id_in_batch',
          });
          expect(after).toEqual(before);
          return;
        }
        if (conflicts) {
          expect({ status, code: json['code'] }).toEqual({
            status: 409,
            code: 'xapi.statement_conflict',
          });
          expect(after).toEqual(before);
          return;
        }
        expect({ status, json: status === 200 ? 'ids' : json }).toEqual({
          status: 200,
          json: 'ids',
        });
        const ids = json as unknown as string[];
        expect(ids).toHaveLength(bodies.length);
        bodies.forEach((body, index) => {
          if (typeof body['id'] === 'string') expect(ids[index]).toBe(body['id'].toLowerCase());
        });
        expect(after.statements).toBe(before.statements + bodies.length);
        storedIds.push(...ids);
      }),
      { seed: SEED, numRuns: BATCH_RUNS },
    );
    // Text and timestamps Postgres cannot store were sent, and refused as such.
    expect(refusedFor).toContain('text.unstorable');
    expect(refusedFor).toContain('timestamp.range');
    // The batches reached every outcome, stored ones included.
    expect([...outcomes.keys()].sort()).toEqual([
      '200 ',
      '400 xapi.duplicate_id_in_batch',
      '400 xapi.invalid_statement',
      '409 xapi.statement_conflict',
    ]);
  }, 600_000);

  it(`never answers 500 to ${GARBAGE_RUNS} bodies that are not statements, and stores nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.constantFrom(
            '',
            '[',
            '{"actor":',
            '[]',
            '[[]]',
            'null',
            '"statement"',
            `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
          ),
        ),
        async (body) => {
          const before = await lrsState();
          const { status } = await post(body);
          expect(status).toBeLessThan(500);
          expect(status).not.toBe(200);
          expect(await lrsState()).toEqual(before);
        },
      ),
      { seed: SEED, numRuns: GARBAGE_RUNS },
    );
  }, 300_000);

  it('processes every statement the fuzzing stored: nothing stored blocks the indicator refresh', async () => {
    expect(storedIds.length).toBeGreaterThan(0);
    await waitForFreshness(app.baseUrl, await login(app), 120_000);
  }, 180_000);
});
