import { parseIsoDateTime } from '../iso-date-time.js';

// Small predicates shared by the part validators; kept together because each
// is one line and they are always read side by side.

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// RFC 4122 / RFC 9562 UUID: versions 1-8, variant bits 10xx.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

// An absolute IRI: a scheme, a colon and something after it, with no
// whitespace or characters that RFC 3987 excludes. Non-ASCII is allowed (IRI).
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;

export function isIri(value: unknown): value is string {
  return typeof value === 'string' && IRI.test(value);
}

export function isIsoDateTime(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDateTime(value) !== null;
}

/** Describes a JSON value's type for messages ("got a number"). */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
