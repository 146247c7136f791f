import { describe, expect, it } from '@jest/globals';
import { boundaryOf, buildMultipart, parseMultipart } from './multipart-mixed.js';

const parse = (text: string, boundary = 'b') =>
  parseMultipart(Buffer.from(text, 'latin1'), boundary);

describe('multipart/mixed', () => {
  it('reads the boundary parameter, quoted or not', () => {
    expect(boundaryOf('multipart/mixed; boundary=abc')).toBe('abc');
    expect(boundaryOf('multipart/mixed;boundary="a b;c"; charset=x')).toBe('a b;c');
    expect(boundaryOf('multipart/mixed;')).toBeUndefined();
  });

  it('splits parts, ignoring preamble and epilogue, and keeps the bytes of each body', () => {
    const parts = parse(
      'preamble\r\n--b\r\nContent-Type:application/json\r\n\r\n{}\r\n' +
        '--b\r\nX-Experience-API-Hash: 12\r\n  34\r\n\r\n\x00\xff\r\n--x\r\n--b--\r\nepilogue',
    );
    expect(parts.map((part) => part.headers)).toEqual([
      { 'content-type': 'application/json' },
      { 'x-experience-api-hash': '12 34' },
    ]);
    expect(parts[0]?.body.toString()).toBe('{}');
    expect([...(parts[1]?.body ?? [])]).toEqual([0x00, 0xff, 0x0d, 0x0a, 0x2d, 0x2d, 0x78]);
  });

  it('accepts a body that opens with CRLF and closes without one', () => {
    const parts = parse('\r\n--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b--');
    expect(parts[0]?.body.toString()).toBe('hello');
  });

  it('does not take a longer line that starts with the boundary for a delimiter', () => {
    const parts = parse('--b\r\n\r\nline\r\n--bb\r\nmore\r\n--b--');
    expect(parts[0]?.body.toString()).toBe('line\r\n--bb\r\nmore');
  });

  it('refuses a body without its closing delimiter or without any delimiter', () => {
    expect(() => parse('--b\r\nContent-Type: text/plain\r\n\r\nhello')).toThrow(/--b--/);
    expect(() => parse('Content-Type: text/plain\r\n\r\nhello')).toThrow(/opens a part/);
  });

  it('reads back what it builds, with a boundary found in no part', () => {
    const body = Buffer.from('--fita-\r\n');
    const built = buildMultipart([{ headers: { 'Content-Type': 'text/plain' }, body }]);
    const parts = parseMultipart(built.body, boundaryOf(built.contentType) as string);
    expect(parts).toEqual([{ headers: { 'content-type': 'text/plain' }, body }]);
  });
});
