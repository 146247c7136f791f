import { createHash } from 'node:crypto';
import type { XapiVersion } from '../lrs/xapi-version.js';
import type { DocumentKind } from './document.entity.js';

/** A document as a client sends it. */
export interface IncomingDocument {
  content: Buffer;
  /** The Content-Type header as sent; application/octet-stream when absent. */
  contentType: string;
}

/** The conditional headers of a write (RFC 7232 3.1, 3.2). */
export interface Preconditions {
  ifMatch?: string;
  ifNoneMatch?: string;
}

/** Hex SHA-1 of the content: the document's ETag, served in quotes (xAPI Communication 3.1). */
export function etagOf(content: Buffer): string {
  return createHash('sha1').update(content).digest('hex');
}

/**
 * Whether If-Match and If-None-Match allow a write to a document whose ETag
 * is `etag` (null when there is no document). Tags are compared by their hex
 * value, so quoted, unquoted and weak forms of our own tag all match.
 */
export function preconditionsHold(preconditions: Preconditions, etag: string | null): boolean {
  const { ifMatch, ifNoneMatch } = preconditions;
  if (ifMatch !== undefined && (etag === null || !listsTag(ifMatch, etag))) return false;
  if (ifNoneMatch !== undefined && etag !== null && listsTag(ifNoneMatch, etag)) return false;
  return true;
}

function listsTag(header: string, etag: string): boolean {
  return header
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag.replace(/^W\//, '').replace(/"/g, '').toLowerCase() === etag);
}

/**
 * What a PUT carrying neither If-Match nor If-None-Match may do:
 * - xAPI 1.0.3 applies concurrency control to the two profile resources only
 *   (Communication 3.1): a state is simply written; a profile that exists is
 *   a 409, and one that does not is refused as well (the conformance suite's
 *   reading of Communication 2.6/2.7: a profile PUT must be conditional);
 * - xAPI 2.0.0 applies it to all three (4.1.4): an existing document is a 409,
 *   a new one is created.
 */
export function unconditionalPut(
  kind: DocumentKind,
  version: XapiVersion,
  exists: boolean,
): 'write' | 'conflict' | 'precondition-required' {
  if (kind === 'state' && version === '1.0.3') return 'write';
  if (exists) return 'conflict';
  return version === '1.0.3' ? 'precondition-required' : 'write';
}

/** Whether a Content-Type names JSON (application/json, any parameters). */
export function isJson(contentType: string): boolean {
  return contentType.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** The JSON object a document holds, or undefined when it is not one. */
export function jsonObjectOf(content: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(content.toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a JSON document parses at all. */
export function isParsableJson(content: Buffer): boolean {
  try {
    JSON.parse(content.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}
