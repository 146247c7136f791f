import { childPath } from './json-path.js';
import { describeType, isIri, isJsonObject } from './format-checks.js';
import { validateLanguageMap } from './language-map.validator.js';
import type { ValidationReport } from './validation-report.js';

export function validateVerb(value: unknown, path: string, report: ValidationReport): void {
  if (!isJsonObject(value)) {
    report.add(
      path,
      'type.object',
      `The verb must be an object with an "id" IRI, got ${describeType(value)}.`,
    );
    return;
  }
  const { id, display } = value;
  if (id === undefined) {
    report.add(
      childPath(path, 'id'),
      'required',
      'The verb needs an "id", an IRI such as "http://adlnet.gov/expapi/verbs/completed".',
    );
  } else if (!isIri(id)) {
    report.add(
      childPath(path, 'id'),
      'iri.format',
      `verb.id must be an absolute IRI such as "http://adlnet.gov/expapi/verbs/completed", got ${JSON.stringify(id)}.`,
    );
  }
  if (display !== undefined) validateLanguageMap(display, childPath(path, 'display'), report);
}
