import { childPath } from './json-path.js';
import type { JsonObject } from './format-checks.js';
import type { ValidationReport } from './validation-report.js';

/**
 * Checks an object's keys against the properties the spec allows there: every
 * other key is reported (keys are case-sensitive, so "Actor" gets a hint
 * towards "actor"), and so is every allowed property set to null (xAPI allows
 * null only inside extensions). Returns the properties that are present and
 * not null, so callers test for `undefined` only and never report a null twice.
 */
export function readProperties(
  value: JsonObject,
  path: string,
  allowed: readonly string[],
  what: string,
  report: ValidationReport,
): JsonObject {
  const present: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    const keyPath = childPath(path, key);
    if (!allowed.includes(key)) {
      const hint = allowed.find((name) => name.toLowerCase() === key.toLowerCase());
      report.add(
        keyPath,
        'property.unknown',
        hint === undefined
          ? `${what} cannot have "${key}"; its properties are ${allowed.join(', ')}.`
          : `${what} cannot have "${key}": property names are case-sensitive, use "${hint}".`,
      );
    } else if (item === null) {
      report.add(keyPath, 'value.null', `"${key}" cannot be null; leave the property out instead.`);
    } else {
      present[key] = item;
    }
  }
  return present;
}

/** True when the property is present, even if null (a null is reported by readProperties). */
export function hasProperty(value: JsonObject, key: string): boolean {
  return Object.hasOwn(value, key);
}
