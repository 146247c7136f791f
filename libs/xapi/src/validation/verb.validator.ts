import { childPath } from './json-path.js';
import { describeType, isJsonObject } from './format-checks.js';
import { validateLanguageMap } from './language-map.validator.js';
import { hasProperty, readProperties } from './properties.js';
import type { ValidationReport } from './validation-report.js';
import { checkIri } from './value-checks.js';

export function validateVerb(value: unknown, path: string, report: ValidationReport): void {
  if (!isJsonObject(value)) {
    report.add(
      path,
      'type.object',
      `The verb must be an object with an "id" IRI, got ${describeType(value)}.`,
    );
    return;
  }
  const { id, display } = readProperties(value, path, ['id', 'display'], 'A verb', report);
  if (!hasProperty(value, 'id')) {
    report.add(
      childPath(path, 'id'),
      'required',
      'The verb needs an "id", an IRI such as "http://adlnet.gov/expapi/verbs/completed".',
    );
  } else if (id !== undefined) {
    checkIri(id, childPath(path, 'id'), 'verb.id', report);
  }
  if (display !== undefined) validateLanguageMap(display, childPath(path, 'display'), report);
}
