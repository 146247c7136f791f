import { describe, expect, it } from '@jest/globals';
import type { Request } from 'express';
import { nulCharacterIn } from './nul-characters.js';

const request = (parts: { url?: string; query?: Record<string, unknown>; body?: unknown }) => ({
  originalUrl: parts.url ?? '/api/indicators',
  query: (parts.query ?? {}) as Request['query'],
  body: parts.body,
});

describe('nulCharacterIn', () => {
  it('finds none in ordinary text, encoded percent signs or unicode', () => {
    expect(
      nulCharacterIn(
        request({
          url: '/api/learners/P-%2500?programme=%2500',
          query: { programme: '%00 ñ 😀', course: ['a', 'b'] },
          body: { query: { programme: 'x' }, tags: ['a'], k: 5, evidence: true, none: null },
        }),
      ),
    ).toBeUndefined();
  });

  it('names the path, the query parameter or the body field that holds one', () => {
    expect(nulCharacterIn(request({ url: '/api/learners/a%00b' }))).toBe('(path)');
    expect(nulCharacterIn(request({ query: { from: '2020', programme: 'a\u0000' } }))).toBe(
      'programme',
    );
    expect(nulCharacterIn(request({ query: { course: ['ok', 'b\u0000'] } }))).toBe('course');
    expect(nulCharacterIn(request({ query: { 'a\u0000': 'x' } }))).toBe('a\u0000');
    expect(nulCharacterIn(request({ body: { query: { programme: 'a\u0000' } } }))).toBe(
      'query.programme',
    );
    expect(nulCharacterIn(request({ body: { tags: ['ok', '\u0000'] } }))).toBe('tags.1');
    expect(nulCharacterIn(request({ body: 'a\u0000' }))).toBe('(body)');
  });

  it('leaves bytes alone: documents and uploads may hold any byte', () => {
    expect(nulCharacterIn(request({ body: Buffer.from([0, 1, 2]) }))).toBeUndefined();
  });
});
