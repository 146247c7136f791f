import { X509Certificate, createVerify } from 'node:crypto';
import { statementInstant, type Statement } from '@fita/xapi';
import { badRequest } from '../../common/app-error.js';
import type { AttachmentPayload } from './statement-attachments.js';
import { normalizeStatement } from './statement-normalizer.js';
import { canonicalJson } from './statement-record.js';
import type { XapiVersion } from './xapi-version.js';

export const SIGNATURE_USAGE_TYPE = 'http://adlnet.gov/expapi/attachments/signature';

/** The JWS algorithms a statement signature may use (Data 2.6), as node:crypto names them. */
const ALGORITHMS: Record<string, string> = {
  RS256: 'RSA-SHA256',
  RS384: 'RSA-SHA384',
  RS512: 'RSA-SHA512',
};
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Checks the signatures of a statement (xAPI 1.0.3 Data 2.6, 2.0.0 4.2.6): each
 * attachment with the signature usageType must be application/octet-stream and
 * sent as a part holding a JWS in compact serialization, signed with RS256,
 * RS384 or RS512, whose payload is this statement (compared as Statement
 * comparison requires) and, when its header carries an x5c chain, whose
 * signature verifies with the first certificate's key. Anything else is a 400.
 */
export function verifySignatures(
  statement: Statement,
  payloads: AttachmentPayload[],
  version: XapiVersion,
  index: number | undefined,
): void {
  (statement.attachments ?? []).forEach((attachment, position) => {
    if (attachment.usageType !== SIGNATURE_USAGE_TYPE) return;
    const path = `$${index === undefined ? '' : `[${index}]`}.attachments[${position}]`;
    const refuse = (problem: string) =>
      badRequest('xapi.signature_invalid', `The signature ${path} ${problem}.`, [
        { path, rule: 'attachment.signature', message: problem },
      ]);
    const mediaType = attachment.contentType.split(';')[0]?.trim().toLowerCase();
    if (mediaType !== 'application/octet-stream') {
      throw refuse(
        `must have contentType application/octet-stream, not "${attachment.contentType}"`,
      );
    }
    const part = payloads.find((payload) => payload.sha2 === attachment.sha2.toLowerCase());
    if (!part) throw refuse('must be sent as a multipart/mixed part, not only by fileUrl');
    const problem = jwsProblem(part.content.toString('utf8').trim(), statement, version);
    if (problem) throw refuse(problem);
  });
}

/** Why a JWS does not sign `statement`, or undefined when it does. */
function jwsProblem(jws: string, statement: Statement, version: XapiVersion): string | undefined {
  const segments = jws.split('.');
  const [header, payload, signature] = segments;
  if (segments.length !== 3 || !header || !payload || !signature) {
    return 'is not a JWS in compact serialization (header.payload.signature)';
  }
  if (![header, payload, signature].every((segment) => BASE64URL.test(segment))) {
    return 'is not a JWS: its segments must be base64url';
  }
  const protectedHeader = parseJson(header);
  if (!isObject(protectedHeader)) return 'has a JWS header that is not a JSON object';
  const algorithm = protectedHeader['alg'];
  const digest = typeof algorithm === 'string' ? ALGORITHMS[algorithm] : undefined;
  if (!digest) {
    return `uses the algorithm ${JSON.stringify(algorithm)}; only RS256, RS384 and RS512 are allowed`;
  }
  const signed = parseJson(payload);
  if (!isObject(signed)) return 'has a JWS payload that is not a statement in JSON';
  if (!isSameSignedStatement(signed, statement, version)) {
    return 'has a JWS payload that differs from the statement';
  }
  const chain = protectedHeader['x5c'];
  if (chain === undefined) return undefined;
  if (!Array.isArray(chain) || typeof chain[0] !== 'string') {
    return 'has an x5c header that is not an array of base64 certificates';
  }
  let verified: boolean;
  try {
    const certificate = new X509Certificate(Buffer.from(chain[0], 'base64'));
    verified = createVerify(digest)
      .update(`${header}.${payload}`)
      .verify(certificate.publicKey, Buffer.from(signature, 'base64url'));
  } catch {
    return 'has an x5c certificate that cannot be read as an RSA certificate';
  }
  return verified ? undefined : 'does not verify with the key of its first x5c certificate';
}

/**
 * Whether the statement a JWS signed is the one received (Data 2.3.1,
 * Statement Comparison): properties the LRS may fill in (id, timestamp,
 * version when the signed statement lacks them; stored and authority always),
 * attachments (the signature itself is one) and the serialization of
 * timestamps and of context activities are ignored; in 2.0.0 durations are
 * compared to the hundredth of a second.
 */
export function isSameSignedStatement(
  signed: Record<string, unknown>,
  received: Statement,
  version: XapiVersion,
): boolean {
  const comparable = (statement: Record<string, unknown>) => {
    const copy: Record<string, unknown> = { ...statement };
    for (const key of ['attachments', 'authority', 'stored']) delete copy[key];
    for (const key of ['id', 'timestamp', 'version']) {
      if (signed[key] === undefined) delete copy[key];
    }
    if (typeof copy['id'] === 'string') copy['id'] = copy['id'].toLowerCase();
    if (typeof copy['timestamp'] === 'string') copy['timestamp'] = instant(copy['timestamp']);
    let normalized = normalizeStatement(copy as unknown as Statement) as unknown as Record<
      string,
      unknown
    >;
    if (version === '2.0.0') normalized = withHundredthDurations(normalized);
    return canonicalJson(normalized);
  };
  try {
    return comparable(signed) === comparable(received as unknown as Record<string, unknown>);
  } catch {
    return false; // a signed payload too malformed to normalize is not the statement
  }
}

/** 2.0.0 4.2.7: precision beyond 0.01 s is not part of a Duration comparison. */
function withHundredthDurations(statement: Record<string, unknown>): Record<string, unknown> {
  const truncate = (holder: unknown): unknown => {
    if (!isObject(holder) || !isObject(holder['result'])) return holder;
    const duration = holder['result']['duration'];
    if (typeof duration !== 'string') return holder;
    return { ...holder, result: { ...holder['result'], duration: hundredths(duration) } };
  };
  const copy = truncate(statement) as Record<string, unknown>;
  return { ...copy, object: truncate(copy['object']) };
}

function hundredths(duration: string): string {
  return duration.replace(/(\d+)[.,](\d+)S$/, (_, whole: string, fraction: string) => {
    const kept = fraction.slice(0, 2).replace(/0+$/, '');
    return kept ? `${whole}.${kept}S` : `${whole}S`;
  });
}

function instant(value: string): string {
  try {
    return statementInstant(value).toISOString();
  } catch {
    return value;
  }
}

function parseJson(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
