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

// An absolute IRI (RFC 3987, best effort as the spec allows): a scheme, a colon
// and something after it. Whitespace, control characters and the ASCII
// characters IRIs exclude (<>"{}|\^`) are refused, "%" must start a %XX escape
// and "#" may appear once, before the fragment. Non-ASCII is allowed (IRI).
const IRI_CHAR = String.raw`(?:[^\s\p{Cc}<>"{}|\\^${'`'}%#]|%[0-9A-Fa-f]{2})`;
const IRI = new RegExp(`^[A-Za-z][A-Za-z0-9+.-]*:${IRI_CHAR}+(?:#${IRI_CHAR}*)?$`, 'u');

/** IRIs and IRLs alike: xAPI asks for absolute ones, and resolvability is not checked. */
export function isIri(value: unknown): value is string {
  return typeof value === 'string' && IRI.test(value);
}

// "mailto:" (scheme case-insensitive) and an address with one "@" and no spaces.
const MAILTO = /^mailto:[^@\s]+@[^@\s]+$/i;

export function isMailtoIri(value: unknown): value is string {
  return typeof value === 'string' && MAILTO.test(value) && isIri(value);
}

const SHA1_HEX = /^[0-9a-f]{40}$/i;

export function isSha1Hex(value: unknown): value is string {
  return typeof value === 'string' && SHA1_HEX.test(value);
}

// RFC 2045 / RFC 6838: type "/" subtype, each a token, then optional parameters.
const TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}(?:\\s*;.*)?$`);

export function isMediaType(value: unknown): value is string {
  return typeof value === 'string' && MEDIA_TYPE.test(value);
}

/**
 * A value as JSON, for messages ("got 42"). What JSON cannot write (a BigInt,
 * a cycle) is described by its type instead: a validator reports, never throws.
 */
export function quote(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? describeType(value);
  } catch {
    return describeType(value);
  }
}

/** Describes a JSON value's type for messages ("got a number"). */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
