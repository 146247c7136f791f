// Valid xAPI values generated from the data model, for the validator's fuzzing.
import fc from 'fast-check';
import type { XapiVersion } from '../validation/validation-report.js';
import { isObject, type JsonObject } from './json.test-support.js';

// ---------------------------------------------------------------------------
// Valid values
// ---------------------------------------------------------------------------

export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const HEX = '0123456789abcdefABCDEF';
export const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';
export const chars = (set: string) => fc.constantFrom(...set);
export const word = fc.string({ unit: chars(LOWER + DIGITS), minLength: 1, maxLength: 10 });
export const hex = (length: number) =>
  fc.string({ unit: chars(HEX), minLength: length, maxLength: length });
export const dictionary = <T>(
  keys: fc.Arbitrary<string>,
  values: fc.Arbitrary<T>,
  min = 0,
  max = 3,
) => fc.dictionary(keys, values, { minKeys: min, maxKeys: max, noNullPrototype: true });

/** Free text (names, responses, language map values): ASCII, any code point, graphemes. */
export const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('Núria Puig', 'Ærøskøbing', '日本語のコース', '👩🏽‍💻 digital', 'اللغة العربية', ''),
);

export const IRI_UNITS = [
  ...(LOWER + DIGITS + "-._~!$&'()*+,;=:@/?"),
  'A',
  'Z',
  'à',
  'ç',
  'ñ',
  '日本',
  '€',
  '%20',
  '%C3%A0',
];
export const iriRest = (max: number) =>
  fc.string({ unit: fc.constantFrom(...IRI_UNITS), maxLength: max });
/** Absolute IRIs: a scheme, non-ASCII allowed, %XX escapes, at most one fragment. */
export const iri = fc
  .tuple(
    fc.constantFrom(
      'https://example.org/',
      'http://lms.example.org/xapi/',
      'urn:fita:',
      'tag:fita.example,2021:',
      'https://ñandú.example/',
      'HTTPS://EXAMPLE.ORG/',
      'ftp://files.example.org/',
    ),
    iriRest(24),
    fc.option(iriRest(8), { nil: undefined }),
  )
  .map(([base, rest, fragment]) =>
    fragment === undefined ? base + rest : `${base}${rest}#${fragment}`,
  );

export const uuid = fc
  .tuple(fc.uuid(), fc.boolean())
  .map(([value, upper]) => (upper ? value.toUpperCase() : value));

export const address = fc
  .tuple(
    fc.string({ unit: chars(`${LOWER}${DIGITS}._+-`), minLength: 1, maxLength: 12 }),
    word,
    fc.constantFrom('org', 'cat', 'es', 'example'),
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
export const mbox = fc
  .tuple(fc.constantFrom('mailto:', 'MAILTO:', 'Mailto:'), address)
  .map(([scheme, at]) => scheme + at);
export const account = fc.record({ homePage: iri, name: text });

export const IFI_NAMES = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;
export const ifi: fc.Arbitrary<JsonObject> = fc.oneof(
  mbox.map((value) => ({ mbox: value })),
  hex(40).map((value) => ({ mbox_sha1sum: value })),
  iri.map((value) => ({ openid: value })),
  account.map((value) => ({ account: value })),
);
export const agent: fc.Arbitrary<JsonObject> = fc
  .tuple(ifi, fc.record({ objectType: fc.constant('Agent'), name: text }, { requiredKeys: [] }))
  .map(([identifier, rest]) => ({ ...rest, ...identifier }));
export const anonymousGroup: fc.Arbitrary<JsonObject> = fc.record(
  {
    objectType: fc.constant('Group'),
    name: text,
    member: fc.array(agent, { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['objectType', 'member'] },
);
export const identifiedGroup: fc.Arbitrary<JsonObject> = fc
  .tuple(
    ifi,
    fc.record(
      {
        objectType: fc.constant('Group'),
        name: text,
        member: fc.array(agent, { maxLength: 3 }),
      },
      { requiredKeys: ['objectType'] },
    ),
  )
  .map(([identifier, rest]) => ({ ...rest, ...identifier }));
export const group = fc.oneof(anonymousGroup, identifiedGroup);
/** As a statement's object, an Agent must say it is one (an object without objectType is an Activity). */
export const agentObject = agent.map((a) => ({ ...a, objectType: 'Agent' }));
export const actor = fc.oneof({ weight: 4, arbitrary: agent }, { weight: 1, arbitrary: group });
/** The LRS's own Agent, or the anonymous Group of two of 3-legged OAuth. */
export const authority = fc.oneof(
  agent,
  fc.record({ objectType: fc.constant('Group'), member: fc.tuple(agent, agent) }),
);

export const LANGUAGE_TAGS = [
  'en',
  'en-US',
  'EN-us',
  'ca',
  'es-ES',
  'es-419',
  'ast',
  'und',
  'zh-Hant',
  'zh-Hant-TW',
  'de-CH-1996',
  'sl-rozaj-biske',
  'fr-CA-u-ca-gregory',
  'qaa-Qaaa-QM-x-southern',
  'x-whatever',
  'i-klingon',
  'en-GB-oed',
];
export const languageTag = fc.constantFrom(...LANGUAGE_TAGS);
export const languageMap = dictionary(languageTag, text, 1, 3);
export const extensions = dictionary(iri, fc.jsonValue({ maxDepth: 2 }), 0, 2);

export const VERBS = [
  'http://adlnet.gov/expapi/verbs/registered',
  'http://adlnet.gov/expapi/verbs/completed',
  'http://adlnet.gov/expapi/verbs/passed',
  'http://adlnet.gov/expapi/verbs/attended',
  'http://adlnet.gov/expapi/verbs/experienced',
  'https://w3id.org/xapi/adl/verbs/logged-in',
];
export const verb = fc.record(
  { id: fc.oneof(fc.constantFrom(...VERBS), iri), display: languageMap },
  { requiredKeys: ['id'] },
);

export const components = fc.uniqueArray(
  fc.record({ id: word, description: languageMap }, { requiredKeys: ['id'] }),
  { selector: (component) => component.id, minLength: 1, maxLength: 4 },
);
export const responsePattern = fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 });
export const INTERACTION_TYPES = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
];
export const COMPONENT_LISTS = ['choices', 'scale', 'source', 'target', 'steps'];
export const LISTS_BY_TYPE: Record<string, string[]> = {
  choice: ['choices'],
  sequencing: ['choices'],
  likert: ['scale'],
  matching: ['source', 'target'],
  performance: ['steps'],
};
export const interaction: fc.Arbitrary<JsonObject> = fc.oneof(
  fc.constant({}),
  fc.record(
    {
      interactionType: fc.constantFrom('true-false', 'fill-in', 'long-fill-in', 'numeric', 'other'),
      correctResponsesPattern: responsePattern,
    },
    { requiredKeys: ['interactionType'] },
  ),
  fc.record(
    {
      interactionType: fc.constantFrom('choice', 'sequencing'),
      choices: components,
      correctResponsesPattern: responsePattern,
    },
    { requiredKeys: ['interactionType', 'choices'] },
  ),
  fc.record(
    { interactionType: fc.constant('likert'), scale: components },
    { requiredKeys: ['interactionType', 'scale'] },
  ),
  fc.record(
    { interactionType: fc.constant('matching'), source: components, target: components },
    { requiredKeys: ['interactionType', 'source', 'target'] },
  ),
  fc.record(
    {
      interactionType: fc.constant('performance'),
      steps: components,
      correctResponsesPattern: responsePattern,
    },
    { requiredKeys: ['interactionType', 'steps'] },
  ),
);
export const definition: fc.Arbitrary<JsonObject> = fc
  .tuple(
    fc.record(
      { name: languageMap, description: languageMap, type: iri, moreInfo: iri, extensions },
      { requiredKeys: [] },
    ),
    interaction,
  )
  .map(([described, interactive]) => ({ ...described, ...interactive }));
export const activity: fc.Arbitrary<JsonObject> = fc.record(
  { objectType: fc.constant('Activity'), id: iri, definition },
  { requiredKeys: ['id'] },
);
/** The lighter activities of contextActivities. */
export const contextActivity: fc.Arbitrary<JsonObject> = fc.record(
  {
    objectType: fc.constant('Activity'),
    id: iri,
    definition: fc.record({ name: languageMap, type: iri }, { requiredKeys: [] }),
  },
  { requiredKeys: ['id'] },
);
export const statementRef = fc.record({ objectType: fc.constant('StatementRef'), id: uuid });

/** A score whose raw lies between min and max and min below max, any subset of the four kept. */
export const score = fc
  .tuple(
    fc.double({ min: -1, max: 1, noNaN: true }),
    fc.integer({ min: -1_000, max: 1_000 }),
    fc.integer({ min: 1, max: 1_000 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.subarray(['scaled', 'raw', 'min', 'max']),
  )
  .map(([scaled, min, span, at, keys]) => {
    const all: JsonObject = { scaled, raw: min + at * span, min, max: min + span };
    return Object.fromEntries(keys.map((key) => [key, all[key]]));
  });

export const count = fc.nat({ max: 9_999 }).map(String);
export const fraction = fc
  .tuple(
    fc.nat({ max: 999 }),
    fc.constantFrom('.', ','),
    fc.string({ unit: chars(DIGITS), minLength: 1, maxLength: 4 }),
  )
  .map(([whole, separator, digits]) => `${whole}${separator}${digits}`);
/** ISO 8601 durations with designators: weeks alone, or Y M D T H M S with a fraction last. */
export const duration = fc.oneof(
  fc.oneof(count, fraction).map((n) => `P${n}W`),
  fc
    .tuple(
      fc.array(fc.option(count, { nil: undefined }), { minLength: 6, maxLength: 6 }),
      fc.option(fraction, { nil: undefined }),
    )
    .filter(([parts]) => parts.some((part) => part !== undefined))
    .map(([parts, last]) => {
      const values = [...parts];
      if (last !== undefined) values[values.findLastIndex((v) => v !== undefined)] = last;
      const write = (from: number, designators: string) =>
        [...designators]
          .map((d, i) => (values[from + i] === undefined ? '' : `${values[from + i]}${d}`))
          .join('');
      const time = write(3, 'HMS');
      return `P${write(0, 'YMD')}${time === '' ? '' : `T${time}`}`;
    }),
);

export const MIN_INSTANT = Date.parse('0001-01-02T00:00:00Z');
export const MAX_INSTANT = Date.parse('9999-12-30T00:00:00Z');
export const MAX_OFFSET = 23 * 60 + 59;
export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Date-times of years 1 to 9999 at any offset. 1.0.3 also takes ISO 8601
 * forms RFC 3339 does not: no offset, no seconds, a comma fraction, +hhmm, +hh.
 */
export function dateTime(version: XapiVersion): fc.Arbitrary<string> {
  const rfc3339 = version === '2.0.0';
  return fc
    .record({
      instant: fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT }),
      offset: fc.oneof(fc.constant(0), fc.integer({ min: -MAX_OFFSET, max: MAX_OFFSET })),
      zone: rfc3339
        ? fc.constantFrom('Z', 'colon')
        : fc.constantFrom('Z', 'colon', 'compact', 'hours', 'none'),
      seconds: rfc3339 ? fc.constant(true) : fc.boolean(),
      fraction: fc.option(fc.string({ unit: chars(DIGITS), minLength: 1, maxLength: 9 }), {
        nil: undefined,
      }),
      comma: rfc3339 ? fc.constant(false) : fc.boolean(),
    })
    .map(({ instant, offset: wanted, zone, seconds, fraction: digits, comma }) => {
      const offset = zone === 'Z' || zone === 'none' ? 0 : wanted;
      const local = new Date(instant + offset * 60_000);
      const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
      let time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
      if (seconds) {
        time += `:${pad(local.getUTCSeconds())}`;
        if (digits !== undefined) time += `${comma ? ',' : '.'}${digits}`;
      }
      const sign = offset < 0 ? '-' : '+';
      const hours = pad(Math.floor(Math.abs(offset) / 60));
      const minutes = pad(Math.abs(offset) % 60);
      const suffix =
        zone === 'none'
          ? ''
          : zone === 'Z'
            ? 'Z'
            : zone === 'compact'
              ? `${sign}${hours}${minutes}`
              : zone === 'hours' && minutes === '00'
                ? `${sign}${hours}`
                : `${sign}${hours}:${minutes}`;
      return `${date}T${time}${suffix}`;
    });
}

export const attachment = fc.record(
  {
    usageType: iri,
    display: languageMap,
    description: languageMap,
    contentType: fc.constantFrom(
      'application/pdf',
      'text/plain; charset=utf-8',
      'image/png',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ),
    length: fc.nat(),
    sha2: hex(64),
    fileUrl: iri,
  },
  { requiredKeys: ['usageType', 'display', 'contentType', 'length', 'sha2'] },
);
export const attachments = fc.array(attachment, { maxLength: 2 });

export function context(version: XapiVersion): fc.Arbitrary<JsonObject> {
  const activities = fc.oneof(fc.array(contextActivity, { maxLength: 2 }), contextActivity);
  const relevantTypes = fc.array(iri, { minLength: 1, maxLength: 2 });
  const common = {
    registration: uuid,
    instructor: actor,
    team: group,
    contextActivities: fc.record(
      { parent: activities, grouping: activities, category: activities, other: activities },
      { requiredKeys: [] },
    ),
    revision: text,
    platform: text,
    language: languageTag,
    statement: statementRef,
    extensions,
  };
  if (version === '1.0.3') return fc.record(common, { requiredKeys: [] });
  return fc.record(
    {
      ...common,
      contextAgents: fc.array(
        fc.record(
          { objectType: fc.constant('contextAgent'), agent, relevantTypes },
          { requiredKeys: ['objectType', 'agent'] },
        ),
        { maxLength: 2 },
      ),
      contextGroups: fc.array(
        fc.record(
          { objectType: fc.constant('contextGroup'), group, relevantTypes },
          { requiredKeys: ['objectType', 'group'] },
        ),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: [] },
  );
}

export const isActivity = (object: unknown) =>
  isObject(object) && (object['objectType'] === undefined || object['objectType'] === 'Activity');

/** revision and platform are only allowed when the object is an Activity. */
export function withContextFor(statement: JsonObject): JsonObject {
  const ctx = statement['context'];
  if (!isObject(ctx) || isActivity(statement['object'])) return statement;
  const { revision: _revision, platform: _platform, ...rest } = ctx;
  return { ...statement, context: rest };
}

export const optionalParts = (version: XapiVersion) => ({
  result: fc.record(
    {
      score,
      success: fc.boolean(),
      completion: fc.boolean(),
      response: text,
      duration,
      extensions,
    },
    { requiredKeys: [] },
  ),
  context: context(version),
  timestamp: dateTime(version),
  attachments,
});

export function subStatement(version: XapiVersion): fc.Arbitrary<JsonObject> {
  return fc
    .tuple(
      actor,
      verb,
      fc.oneof({ weight: 3, arbitrary: activity }, agentObject, group, statementRef),
      fc.record(optionalParts(version), { requiredKeys: [] }),
    )
    .map(([who, did, what, rest]) =>
      withContextFor({ objectType: 'SubStatement', actor: who, verb: did, object: what, ...rest }),
    );
}

export const STATEMENT_VERSIONS: Record<XapiVersion, string[]> = {
  '1.0.3': ['1.0', '1.0.0', '1.0.3', '1.0.9'],
  '2.0.0': ['1.0', '1.0.3', '2.0', '2.0.0', '2.0.1'],
};

export function statement(version: XapiVersion): fc.Arbitrary<JsonObject> {
  const outer = fc.record(
    {
      id: uuid,
      ...optionalParts(version),
      stored: dateTime(version),
      authority,
      version: fc.constantFrom(...STATEMENT_VERSIONS[version]),
    },
    { requiredKeys: [] },
  );
  const ordinary = fc
    .tuple(
      actor,
      verb,
      fc.oneof(
        { weight: 6, arbitrary: activity },
        { weight: 1, arbitrary: agentObject },
        { weight: 1, arbitrary: group },
        { weight: 1, arbitrary: statementRef },
        { weight: 2, arbitrary: subStatement(version) },
      ),
      outer,
    )
    .map(([who, did, what, rest]) =>
      withContextFor({ ...rest, actor: who, verb: did, object: what }),
    );
  const voiding = fc
    .tuple(
      actor,
      fc.record({ id: fc.constant(VOIDED), display: languageMap }, { requiredKeys: ['id'] }),
      statementRef,
      outer,
    )
    .map(([who, did, what, rest]) =>
      withContextFor({ ...rest, actor: who, verb: did, object: what }),
    );
  return fc.oneof({ weight: 9, arbitrary: ordinary }, { weight: 1, arbitrary: voiding });
}
