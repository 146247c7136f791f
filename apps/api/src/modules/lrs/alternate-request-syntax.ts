import type { NextFunction, Request, Response } from 'express';
import { parseXapiVersion } from './xapi-version.js';

/** Form fields that stand for request headers (xAPI 1.0.3 Communication 1.3). */
const HEADER_FIELDS = [
  'authorization',
  'x-experience-api-version',
  'content-type',
  'content-length',
  'if-match',
  'if-none-match',
];
const METHODS = ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'];

type AlternateRequest = Request & { rawBody?: Buffer; _body?: boolean };

/**
 * xAPI 1.0.3's alternate request syntax (removed in 2.0, so refused there), for clients that can only send POST
 * (e.g. across domains in old browsers): `POST …?method=PUT` with a form body
 * carrying the headers, the parameters and the `content`. The request is
 * rewritten into the request it stands for before anything else reads it.
 */
export function alternateRequestSyntax(limit: number) {
  return (request: AlternateRequest, response: Response, next: NextFunction): void =>
    rewrite(request, response, next, limit);
}

function rewrite(
  request: AlternateRequest,
  response: Response,
  next: NextFunction,
  limit: number,
): void {
  if (!request.path.startsWith('/xapi/')) return next();
  const url = new URL(request.originalUrl, 'http://fita.invalid');
  const method = url.searchParams.get('method');
  if (method === null) return next();
  const refuse = (message: string) => {
    response.status(400).json({ code: 'xapi.alternate_syntax', message });
  };
  if (request.method !== 'POST')
    return refuse(
      'The alternate request syntax (the "method" parameter) is only accepted on POST.',
    );
  if ([...url.searchParams.keys()].some((key) => key !== 'method')) {
    return refuse(
      'With the alternate request syntax every parameter except "method" goes in the form body.',
    );
  }
  if (!METHODS.includes(method.toUpperCase()))
    return refuse(`"method" must be one of ${METHODS.join(', ')}.`);
  if (
    !(request.headers['content-type'] ?? '')
      .toLowerCase()
      .startsWith('application/x-www-form-urlencoded')
  ) {
    return refuse('An alternate-syntax request must be sent as application/x-www-form-urlencoded.');
  }

  const chunks: Buffer[] = [];
  let size = 0;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  });
  request.on('error', next);
  request.on('end', () => {
    if (size > limit)
      return void response
        .status(413)
        .json({ code: 'request.too_large', message: 'The form body is too large.' });
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const version = parseXapiVersion(
      form.get('X-Experience-API-Version') ?? request.header('X-Experience-API-Version'),
    );
    if (version === '2.0.0') {
      return refuse(
        'xAPI 2.0 has no alternate request syntax: send the request with its own method and headers.',
      );
    }
    const target = method.toUpperCase();
    const content = form.get('content');
    if (content === null && (target === 'PUT' || target === 'POST')) {
      return refuse(
        `An alternate-syntax ${target} needs its body in the form parameter "content".`,
      );
    }
    const params = new URLSearchParams();
    for (const [name, value] of form) {
      if (HEADER_FIELDS.includes(name.toLowerCase())) request.headers[name.toLowerCase()] = value;
      else if (name !== 'content') params.append(name, value);
    }
    request.method = target;
    request.url = `${url.pathname}${params.size > 0 ? `?${params.toString()}` : ''}`;
    if (content !== null) {
      const type = request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')
        ? 'application/json'
        : (request.headers['content-type'] ?? 'application/json');
      request.headers['content-type'] = type;
      request.headers['content-length'] = String(Buffer.byteLength(content));
      request.rawBody = Buffer.from(content);
      request.body = type.startsWith('application/json') ? parseJson(content) : content;
      // Tells the body parsers the body has been read already.
      request._body = true;
    }
    next();
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
