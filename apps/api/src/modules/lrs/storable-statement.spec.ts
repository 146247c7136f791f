import type { Statement } from '@fita/xapi';
import { findUnstorablePart, findUnstorableText } from './storable-statement.js';

describe('text Postgres cannot store in a statement', () => {
  it('finds nothing in ordinary text, emoji (surrogate pairs) included', () => {
    expect(
      findUnstorableText({
        actor: { name: 'Núria 👩🏽‍💻', mbox: 'mailto:nuria@example.org' },
        object: { definition: { name: { 'zh-Hant': '課程' } } },
        result: { extensions: { 'https://example.org/x': [null, 1, true, '\t\n'] } },
      }),
    ).toBeNull();
  });

  it('names the path of the first value with a NUL character', () => {
    expect(
      findUnstorableText({ actor: { name: 'ok' }, context: { platform: 'a\u0000b' } }),
    ).toEqual({
      path: '$.context.platform',
      message: 'contains the character U+0000 (NUL), which cannot be stored.',
    });
  });

  it('names unpaired surrogates, high or low, in values and in keys', () => {
    expect(findUnstorableText({ list: ['ok', 'x\ud800'] })?.path).toBe('$.list[1]');
    expect(findUnstorableText({ list: ['\udfffy'] })?.path).toBe('$.list[0]');
    expect(findUnstorableText({ ext: { 'https://example.org/\ud800': 1 } })).toEqual({
      path: '$.ext["https://example.org/\\ud800"]',
      message:
        'has a property name with an unpaired UTF-16 surrogate (such as "\\ud800"), which is not Unicode text and cannot be stored.',
    });
    expect(findUnstorableText({ 'en-US': 'a\u0000' })?.path).toBe('$["en-US"]');
  });
});

describe('what of a valid statement cannot be stored', () => {
  const statement = (timestamp?: string): Statement => ({
    actor: { mbox: 'mailto:ana@example.org' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
    object: { id: 'https://example.org/course' },
    ...(timestamp === undefined ? {} : { timestamp }),
  });

  it('accepts timestamps from year 1 to year 9999 in UTC, and none at all', () => {
    for (const timestamp of [
      undefined,
      '0001-01-01T00:00:00Z',
      '0001-01-01T01:00:00+01:00',
      '9999-12-31T23:59:59.999Z',
      '2021-03-01T10:15:00',
    ]) {
      expect(findUnstorablePart(statement(timestamp))).toBeNull();
    }
  });

  it('refuses instants before year 1 or after year 9999, naming the timestamp', () => {
    for (const timestamp of [
      '0000-12-31T23:59:59Z',
      '0001-01-01T00:30:00+01:00',
      '9999-12-31T23:00:00-05:00',
    ]) {
      expect(findUnstorablePart(statement(timestamp))).toEqual({
        path: '$.timestamp',
        rule: 'timestamp.range',
        message: `${timestamp} falls outside the years 0001 to 9999 (UTC), which is all that can be stored.`,
      });
    }
  });

  it('reports text before the timestamp', () => {
    expect(
      findUnstorablePart({
        ...statement('0000-01-01T00:00:00Z'),
        actor: { mbox: 'mailto:a@b.c', name: '\u0000' },
      }),
    ).toMatchObject({ path: '$.actor.name', rule: 'text.unstorable' });
  });
});
