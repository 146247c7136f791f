import type { NextFunction, Request, Response } from 'express';

const NUL = '\u0000';
const ENCODED_NUL = /%00/i;

/**
 * Where a request carries the NUL character: `(path)`, a query parameter's
 * name, or a JSON body field's path (`query.programme`, `tags.0`); undefined
 * when nowhere. Bytes bodies (uploads, xAPI documents) are not looked into.
 */
export function nulCharacterIn(
  request: Pick<Request, 'originalUrl' | 'query' | 'body'>,
): string | undefined {
  if (ENCODED_NUL.test(request.originalUrl.split('?')[0] ?? '')) return '(path)';
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (name.includes(NUL) || JSON.stringify(value ?? '').includes('\\u0000')) return name;
  }
  return Buffer.isBuffer(request.body) ? undefined : fieldWithNul(request.body, '');
}

function fieldWithNul(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path || '(body)' : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    if (key.includes(NUL)) return field;
    const found = fieldWithNul(item, field);
    if (found) return found;
  }
  return undefined;
}

/**
 * Postgres text cannot hold NUL, so a filter, id or field with one could only
 * fail in SQL (a 500) or in a job after its request was accepted. The product
 * API refuses it at the edge instead, saying where it was.
 */
export function refuseNulCharacters(
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  const field = nulCharacterIn(request);
  if (field === undefined) return next();
  const message = 'must not contain the NUL character (\\u0000)';
  response.status(400).json({
    code: 'request.nul_character',
    message: `Text in a request cannot contain the NUL character (\\u0000): found in ${field}.`,
    details: [{ field, message }],
  });
}
