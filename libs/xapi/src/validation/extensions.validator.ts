import { childPath } from './json-path.js';
import { describeType, isIri, isJsonObject } from './format-checks.js';
import type { ValidationReport } from './validation-report.js';

/**
 * An extensions map: an object whose keys are IRIs. Values are not checked at
 * all, null included: the spec forbids rejecting a statement for them.
 */
export function validateExtensions(value: unknown, path: string, report: ValidationReport): void {
  if (!isJsonObject(value)) {
    report.add(
      path,
      'type.object',
      `extensions must be an object keyed by IRIs, got ${describeType(value)}.`,
    );
    return;
  }
  for (const key of Object.keys(value)) {
    // Widened so that the type guard does not narrow `key` to never below.
    const candidate: unknown = key;
    if (!isIri(candidate)) {
      report.add(
        childPath(path, key),
        'extension-key.iri',
        `Extension keys must be absolute IRIs such as "https://example.org/xapi/extensions/level", got "${key}".`,
      );
    }
  }
}
