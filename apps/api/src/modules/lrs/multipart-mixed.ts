import { randomBytes } from 'node:crypto';
import { badRequest } from '../../common/app-error.js';

/** One body part: its headers (names in lower case) and its bytes, exactly as sent. */
export interface MultipartPart {
  headers: Record<string, string>;
  body: Buffer;
}

const CRLF = Buffer.from('\r\n');

/** The `boundary` parameter of a multipart Content-Type, unquoted (RFC 2046 5.1.1). */
export function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  return boundary && boundary.length <= 70 ? boundary : undefined;
}

/**
 * Splits a multipart body (RFC 2046 5.1) into its parts. The preamble and the
 * epilogue are ignored; a body without a closing delimiter, or a part without
 * the blank line that ends its headers, is refused with 400.
 */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const dashBoundary = Buffer.from(`--${boundary}`);
  const delimiter = Buffer.concat([CRLF, dashBoundary]);
  // The first delimiter may open the body, without the CRLF that precedes the others.
  const opening = body.subarray(0, dashBoundary.length).equals(dashBoundary)
    ? -CRLF.length
    : findDelimiter(body, delimiter, 0);
  if (opening === -1) throw malformed(`no "--${boundary}" line opens a part`);
  let at = opening + CRLF.length;
  const parts: MultipartPart[] = [];
  for (;;) {
    let next = at + dashBoundary.length;
    if (body[next] === 0x2d && body[next + 1] === 0x2d) return parts; // "--": the close delimiter
    while (body[next] === 0x20 || body[next] === 0x09) next += 1; // transport padding
    if (body[next] !== 0x0d || body[next + 1] !== 0x0a) {
      throw malformed(`a "--${boundary}" line is followed by more than white space`);
    }
    const start = next + CRLF.length;
    const end = findDelimiter(body, delimiter, start);
    if (end < 0) throw malformed(`it does not end with "--${boundary}--"`);
    parts.push(parsePart(body.subarray(start, end)));
    at = end + CRLF.length;
  }
}

/** Builds a multipart/mixed body with a boundary that occurs in none of the parts. */
export function buildMultipart(parts: MultipartPart[]): { contentType: string; body: Buffer } {
  let boundary: string;
  do boundary = `fita-${randomBytes(16).toString('hex')}`;
  while (parts.some((part) => part.body.includes(boundary)));
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const headers = Object.entries(part.headers).map(([name, value]) => `${name}: ${value}\r\n`);
    chunks.push(Buffer.from(`--${boundary}\r\n${headers.join('')}\r\n`), part.body, CRLF);
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: Buffer.concat(chunks) };
}

/**
 * The next CRLF "--boundary" at or after `from` that is a real delimiter: one
 * followed by "--", white space or CRLF, not by more characters of a longer line.
 */
function findDelimiter(body: Buffer, delimiter: Buffer, from: number): number {
  let index = body.indexOf(delimiter, from);
  while (index >= 0) {
    const after = body[index + delimiter.length];
    if (after === undefined || after === 0x2d || after === 0x20 || after === 0x09 || after === 0x0d)
      return index;
    index = body.indexOf(delimiter, index + 1);
  }
  return -1;
}

function parsePart(part: Buffer): MultipartPart {
  // A part that starts with CRLF has no headers (RFC 2046: it is then text/plain).
  if (part.length === 0) return { headers: {}, body: part };
  if (part.subarray(0, CRLF.length).equals(CRLF)) return { headers: {}, body: part.subarray(2) };
  let headerEnd = part.indexOf('\r\n\r\n');
  if (headerEnd < 0 && part.subarray(-CRLF.length).equals(CRLF)) headerEnd = part.length - 2; // no body
  if (headerEnd < 0) throw malformed('a part has no blank line after its headers');
  const headers: Record<string, string> = {};
  let last: string | undefined;
  for (const line of part.subarray(0, headerEnd).toString('latin1').split('\r\n')) {
    if (/^[ \t]/.test(line) && last) {
      headers[last] += ` ${line.trim()}`; // a folded header continues the previous one
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 1) throw malformed(`a part has a header line without a name: "${line}"`);
    last = line.slice(0, colon).trim().toLowerCase();
    headers[last] = line.slice(colon + 1).trim();
  }
  return { headers, body: part.subarray(Math.min(headerEnd + 4, part.length)) };
}

function malformed(reason: string) {
  return badRequest(
    'xapi.multipart_malformed',
    `The multipart/mixed body cannot be read: ${reason}.`,
  );
}
