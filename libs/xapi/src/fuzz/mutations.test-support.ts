import fc from 'fast-check';
import type { ValidationRule } from '../validation/validation-error.js';
import { unknownKey } from './invalid-values.test-support.js';
import { isObject, type JsonObject, type Segment } from './json.test-support.js';

// ---------------------------------------------------------------------------
// Mutations: where a valid statement is broken, and what must be reported
// ---------------------------------------------------------------------------

export const DELETE = Symbol('delete');

export interface Mutation {
  /** What the mutation does, for the counterexample. */
  what: string;
  /** Where the value is set (or deleted). */
  at: Segment[];
  value: unknown;
  /** The path and rule the validator must report... */
  errorAt: Segment[];
  rule: ValidationRule;
  /** ...and every error it reports must lie at or below this path. */
  scope: Segment[];
}
/** Built only when picked: a statement has hundreds of places to break. */
export type Site = () => fc.Arbitrary<Mutation>;

export const change =
  (
    what: string,
    at: Segment[],
    values: fc.Arbitrary<unknown>,
    rule: ValidationRule,
    errorAt: Segment[] = at,
    scope: Segment[] = errorAt,
  ): Site =>
  () =>
    values.map((value) => ({ what, at, value, errorAt, rule, scope }));
export const remove =
  (
    what: string,
    at: Segment[],
    rule: ValidationRule,
    errorAt: Segment[] = at,
    scope: Segment[] = errorAt,
  ): Site =>
  () =>
    fc.constant({ what, at, value: DELETE, errorAt, rule, scope });
export const extraProperty =
  (at: Segment[], allowed: readonly string[]): Site =>
  () =>
    fc.tuple(unknownKey(allowed), fc.jsonValue({ maxDepth: 2 })).map(([key, value]) => ({
      what: `add an unknown property "${key}"`,
      at: [...at, key],
      value,
      errorAt: [...at, key],
      rule: 'property.unknown',
      scope: [...at, key],
    }));
export const nulls = (node: JsonObject, at: Segment[], keys: readonly string[]): Site[] =>
  keys
    .filter((key) => node[key] !== undefined)
    .map((key) => change(`set ${key} to null`, [...at, key], fc.constant(null), 'value.null'));

// ---------------------------------------------------------------------------
// Applying a mutation and reading the result
// ---------------------------------------------------------------------------

export const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** JSONPath as the validator writes it: `.name`, `["en-US"]` for other keys, `[0]` for indexes. */
export function jsonPath(segments: readonly Segment[]): string {
  return segments.reduce<string>(
    (path, segment) =>
      typeof segment === 'number'
        ? `${path}[${segment}]`
        : IDENTIFIER.test(segment)
          ? `${path}.${segment}`
          : `${path}[${JSON.stringify(segment)}]`,
    '$',
  );
}

export const within = (path: string, scope: string) =>
  path === scope || path.startsWith(`${scope}.`) || path.startsWith(`${scope}[`);

/** The statement as a JSON body would carry it, with the mutation applied. */
export function mutate(statement: JsonObject, mutation: Mutation): unknown {
  if (mutation.at.length === 0) return mutation.value;
  const copy = JSON.parse(JSON.stringify(statement)) as JsonObject;
  let node: Record<Segment, unknown> = copy;
  for (const segment of mutation.at.slice(0, -1)) {
    // A missing optional part (result, score, display...) is added empty, which is valid.
    node[segment] ??= {};
    node = node[segment] as Record<Segment, unknown>;
  }
  const last = mutation.at[mutation.at.length - 1];
  if (mutation.value === DELETE) {
    delete node[last];
  } else {
    // As JSON.parse does: an own property even for "__proto__".
    Object.defineProperty(node, last, {
      value: mutation.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** One of the places, built once picked. */
export const pickSite = (s: JsonObject, sites: Site[]) =>
  fc.tuple(
    fc.constant(s),
    fc.integer({ min: 0, max: sites.length - 1 }).chain((index) => sites[index]()),
  );

/** Paths of every value in a JSON tree, the root included. */
export function allPaths(value: unknown, at: Segment[] = []): Segment[][] {
  const here = [at];
  if (Array.isArray(value))
    return here.concat(...value.map((item, i) => allPaths(item, [...at, i])));
  if (isObject(value)) {
    return here.concat(...Object.entries(value).map(([key, item]) => allPaths(item, [...at, key])));
  }
  return here;
}
