// Invalid values, each breaking one rule of the validator.
import fc from 'fast-check';
import type { XapiVersion } from '../validation/validation-report.js';
import {
  DIGITS,
  LOWER,
  address,
  chars,
  dictionary,
  hex,
  iri,
  mbox,
  word,
} from './statement-arbitraries.test-support.js';

// ---------------------------------------------------------------------------
// Invalid values, each breaking one rule
// ---------------------------------------------------------------------------

/** Arrays nested thousands deep: a validator that recursed into them would overflow. */
export const deepArray = fc.integer({ min: 50, max: 300 }).map((depth) => {
  let value: unknown = [];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
});
export const smallObject = dictionary(word, fc.string({ maxLength: 5 }), 0, 2);
export const notString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
  smallObject,
);
export const notObjectNorArray = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
);
export const notObject = fc.oneof(
  notObjectNorArray,
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  deepArray,
);
export const notArray = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.boolean(),
  smallObject,
);
export const notBoolean = fc.oneof(
  fc.constantFrom('true', 'false', 'yes', 0, 1),
  fc.string({ maxLength: 5 }),
  fc.integer(),
  fc.constant({}),
  fc.constant([]),
);
/** Not a finite number; NaN and the infinities cannot come from JSON but can from code. */
export const notNumber = fc.oneof(
  fc.constantFrom('0.5', '1', '', 'NaN', Number.NaN, Infinity, -Infinity),
  fc.boolean(),
  fc.constant({}),
  fc.constant([0.5]),
);

export const NOT_IRIS = [
  'not an iri',
  'example.org/no-scheme',
  'http://exa mple.org/',
  'https://example.org/%zz',
  'https://example.org/%2',
  'https://example.org/<tag>',
  'https://example.org/a#b#c',
  '',
  ':no-scheme',
  '1http://example.org',
  'https://example.org/tab\there',
  'https://example.org/nul\u0000',
  'https://example.org/del\u007f',
  'https://example.org/{x}',
  'https://example.org/a|b',
  'https://example.org/back\\slash',
  'https://example.org/"quoted"',
  'https://example.org/^',
  'https://example.org/`',
  'https://example.org/ ',
  ' https://example.org/',
  'mailto:',
];
/** Strings with none of ':' have no scheme; an IRI with an excluded character appended. */
export const notIriString = fc.oneof(
  fc.constantFrom(...NOT_IRIS),
  fc.string({ unit: chars(`${LOWER}${DIGITS} ./-_`), maxLength: 30 }),
  fc
    .tuple(
      iri,
      fc.constantFrom(' ', '<', '>', '"', '{', '}', '|', '\\', '^', '`', '\n', '%', '#a#'),
    )
    .map(([valid, bad]) => valid + bad),
);
export const notIri = fc.oneof(notIriString, fc.integer(), fc.boolean(), smallObject);

export const NOT_UUIDS = [
  'not-a-uuid',
  '',
  '00000000-0000-0000-0000-000000000000',
  'fd41c918-b88b-0b20-a0a5-a4c32391aaa0',
  'fd41c918-b88b-9b20-a0a5-a4c32391aaa0',
  'fd41c918-b88b-4b20-c0a5-a4c32391aaa0',
  'fd41c918b88b4b20a0a5a4c32391aaa0',
  '{fd41c918-b88b-4b20-a0a5-a4c32391aaa0}',
  ' fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
  'fd41c918-b88b-4b20-a0a5-a4c32391aaa0\n',
  'fd41c918-b88b-4b20-a0a5-a4c32391aaag',
  'urn:uuid:fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
];
export const notUuid = fc.oneof(
  fc.constantFrom(...NOT_UUIDS),
  fc.uuid().map((value) => value.slice(0, -1)),
  fc.uuid().map((value) => `${value}0`),
  fc.string({ unit: chars(LOWER), maxLength: 36 }),
  fc.integer(),
  fc.boolean(),
);

export const NOT_DATE_TIMES = [
  'not a date',
  '',
  '2021-03-01',
  '2021-03-01 10:15:00Z',
  '2021-02-30T10:15:00Z',
  '2019-02-29T00:00:00Z',
  '1900-02-29T00:00:00Z',
  '2021-13-01T10:15:00Z',
  '2021-00-10T10:15:00Z',
  '2021-03-00T10:15:00Z',
  '2021-03-01T24:00:00Z',
  '2021-03-01T10:60:00Z',
  '2021-03-01T10:15:60Z',
  '2021-03-01T10:15:00-00:00',
  '2021-03-01T10:15:00-0000',
  '2021-03-01T10:15:00+24:00',
  '2021-03-01T10:15:00+01:60',
  '2021-3-1T10:15:00Z',
  '21-03-01T10:15:00Z',
  '2021-03-01T10:15:00z',
  '2021-03-01t10:15:00Z',
  '2021-03-01T10:15:00.Z',
  '2021-03-01T10:15:00ZZ',
  '+002021-03-01T10:15:00Z',
  '2021-03-01T10',
];
/** ISO 8601 forms xAPI 1.0.3 takes and RFC 3339 (xAPI 2.0.0) does not. */
export const ONLY_ISO_8601 = [
  '2021-03-01T10:15Z',
  '2021-03-01T10:15:00',
  '2021-03-01T10:15:00,5Z',
  '2021-03-01T11:15:00+0100',
  '2021-03-01T11:15:00+01',
];
export const notDateTime = (version: XapiVersion) =>
  fc.oneof(
    fc.constantFrom(...NOT_DATE_TIMES, ...(version === '2.0.0' ? ONLY_ISO_8601 : [])),
    fc.string({ maxLength: 30 }).filter((s) => !/^\d{4}-/.test(s)),
    fc.integer(),
    fc.boolean(),
  );

export const NOT_DURATIONS = [
  '',
  'P',
  'PT',
  'P1',
  'PT1',
  '1H',
  'PT1.5H30M',
  'P1W2D',
  'P1W1W',
  'P0001-02-03T04:05:06',
  'pt1h',
  'PT1h',
  'PT-1H',
  'P1.5Y2M',
  'PT1H1H',
  'P1DT',
  'PT1S1M',
  'P1M1Y',
  ' PT1H',
  'PT1H ',
  'PT1,H',
  'PT.5S',
];
export const notDuration = fc.oneof(
  fc.constantFrom(...NOT_DURATIONS),
  fc.string({ maxLength: 20 }).filter((s) => !s.startsWith('P')),
  fc.integer(),
  fc.boolean(),
);

export const notLanguageTag = fc.constantFrom(
  'en_US',
  '',
  'e',
  'x',
  'de-a',
  'en--US',
  'en-US-',
  '-en',
  'en-a-b',
  '123',
  'en-US-x',
  'toolongtag1',
  'en-u-ca-u-ca',
  'de-1996-1996',
  'en US',
  'ελληνικά',
);
export const notMbox = fc.oneof(
  fc.constantFrom(
    'ana@example.org',
    'mailto:ana',
    'mailto:ana@@example.org',
    'mailto:ana puig@example.org',
    'mailto:',
    'mailto:@example.org',
    'mailto:ana@',
    'mailto:ana@example.org ',
    'mailto:ana@example.org\u0000',
    'mail:ana@example.org',
    'https://example.org/ana',
  ),
  address,
  fc.integer(),
  smallObject,
);
export const notSha1 = fc.oneof(
  fc
    .integer({ min: 0, max: 80 })
    .filter((n) => n !== 40)
    .chain((n) => hex(n)),
  hex(39).map((value) => `${value}g`),
  mbox,
  fc.integer(),
);
export const notMediaType = fc.constantFrom(
  'pdf',
  'application',
  'application/',
  '/pdf',
  'application/pdf/x',
  'text plain',
  '',
  'application/(pdf)',
  'image/png, image/gif',
);
export const notLength = fc.oneof(
  fc.integer({ max: -1 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
  fc.constantFrom('10', true, [], {}, Number.MAX_SAFE_INTEGER + 2),
);
export const scaledOutOfRange = fc.oneof(
  fc.double({ min: 1, minExcluded: true, noNaN: true, noDefaultInfinity: true }),
  fc.double({ max: -1, maxExcluded: true, noNaN: true, noDefaultInfinity: true }),
);
export const positive = fc.double({ min: 1e-6, max: 1e12, noNaN: true });
export const BAD_VERSIONS: Record<XapiVersion, fc.Arbitrary<unknown>> = {
  '1.0.3': fc.constantFrom(
    '2.0.0',
    '1.1.0',
    '0.95',
    '1',
    '1.0.x',
    '',
    ' 1.0.0',
    '1.0.0 ',
    'v1.0.0',
    '1.0.3.1',
    1,
    1.5,
    true,
  ),
  '2.0.0': fc.constantFrom(
    '3.0.0',
    '1.1.0',
    '0.95',
    '2.1',
    '2',
    '',
    '2.0.0-beta',
    '2.0.0 ',
    2,
    false,
  ),
};

/** Keys an object does not allow: random ones, case variants of allowed ones, prototype names. */
export function unknownKey(allowed: readonly string[]): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }),
      fc.constantFrom(...allowed).map((key) => key.toUpperCase()),
      fc.constantFrom(...allowed).map((key) => key.charAt(0).toUpperCase() + key.slice(1)),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'),
    )
    .filter((key) => !allowed.includes(key));
}
