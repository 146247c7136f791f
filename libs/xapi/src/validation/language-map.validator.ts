import { childPath } from './json-path.js';
import { describeType, isJsonObject } from './format-checks.js';
import type { ValidationReport } from './validation-report.js';

/**
 * A language map: an object whose values are strings. Language tags are not
 * yet checked against RFC 5646 (left for the full data-model validation).
 */
export function validateLanguageMap(value: unknown, path: string, report: ValidationReport): void {
  if (!isJsonObject(value)) {
    report.add(
      path,
      'type.object',
      `Expected a language map such as {"en": "completed"}, got ${describeType(value)}.`,
    );
    return;
  }
  for (const [tag, text] of Object.entries(value)) {
    if (typeof text !== 'string') {
      report.add(
        childPath(path, tag),
        'language-map.value',
        `Each entry of a language map must be a string, but "${tag}" is ${describeType(text)}.`,
      );
    }
  }
}
