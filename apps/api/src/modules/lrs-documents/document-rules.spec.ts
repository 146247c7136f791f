import {
  etagOf,
  isJson,
  jsonObjectOf,
  preconditionsHold,
  unconditionalPut,
} from './document-rules.js';

const ETAG = etagOf(Buffer.from('{"a":1}'));

describe('etagOf', () => {
  test('is the hex SHA-1 of the bytes', () => {
    // sha1 of "abc", a published test vector.
    expect(etagOf(Buffer.from('abc'))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
});

describe('preconditionsHold', () => {
  test('no conditional header: always', () => {
    expect(preconditionsHold({}, null)).toBe(true);
    expect(preconditionsHold({}, ETAG)).toBe(true);
  });

  test('If-Match: the current tag, quoted or not, or *; never when there is no document', () => {
    expect(preconditionsHold({ ifMatch: `"${ETAG}"` }, ETAG)).toBe(true);
    expect(preconditionsHold({ ifMatch: ETAG.toUpperCase() }, ETAG)).toBe(true);
    expect(preconditionsHold({ ifMatch: `"1111", "${ETAG}"` }, ETAG)).toBe(true);
    expect(preconditionsHold({ ifMatch: '*' }, ETAG)).toBe(true);
    expect(preconditionsHold({ ifMatch: '"1234"' }, ETAG)).toBe(false);
    expect(preconditionsHold({ ifMatch: '*' }, null)).toBe(false);
    expect(preconditionsHold({ ifMatch: `"${ETAG}"` }, null)).toBe(false);
  });

  test('If-None-Match: * only when there is no document; a tag only when it is not current', () => {
    expect(preconditionsHold({ ifNoneMatch: '*' }, null)).toBe(true);
    expect(preconditionsHold({ ifNoneMatch: '*' }, ETAG)).toBe(false);
    expect(preconditionsHold({ ifNoneMatch: `"${ETAG}"` }, ETAG)).toBe(false);
    expect(preconditionsHold({ ifNoneMatch: '"1234"' }, ETAG)).toBe(true);
  });
});

describe('unconditionalPut', () => {
  test('xAPI 1.0.3: a state is written; a profile must be conditional', () => {
    expect(unconditionalPut('state', '1.0.3', true)).toBe('write');
    expect(unconditionalPut('activity_profile', '1.0.3', true)).toBe('conflict');
    expect(unconditionalPut('agent_profile', '1.0.3', false)).toBe('precondition-required');
  });

  test('xAPI 2.0.0: an existing document of any kind is a conflict; a new one is written', () => {
    expect(unconditionalPut('state', '2.0.0', true)).toBe('conflict');
    expect(unconditionalPut('agent_profile', '2.0.0', true)).toBe('conflict');
    expect(unconditionalPut('activity_profile', '2.0.0', false)).toBe('write');
  });
});

describe('JSON documents', () => {
  test('isJson reads the media type, ignoring parameters and case', () => {
    expect(isJson('application/json')).toBe(true);
    expect(isJson('Application/JSON; charset=utf-8')).toBe(true);
    expect(isJson('application/ld+json')).toBe(false);
    expect(isJson('text/plain')).toBe(false);
  });

  test('jsonObjectOf accepts objects only', () => {
    expect(jsonObjectOf(Buffer.from('{"a":1}'))).toEqual({ a: 1 });
    expect(jsonObjectOf(Buffer.from('[1]'))).toBeUndefined();
    expect(jsonObjectOf(Buffer.from('null'))).toBeUndefined();
    expect(jsonObjectOf(Buffer.from('{"a":'))).toBeUndefined();
  });
});
