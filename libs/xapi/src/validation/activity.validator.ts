import { childPath } from './json-path.js';
import { describeType, isIri, isJsonObject } from './format-checks.js';
import type { ValidationReport } from './validation-report.js';

/**
 * An Activity (the caller has decided the value should be one). The
 * definition is not checked yet: that belongs to the full data-model
 * validation.
 */
export function validateActivity(value: unknown, path: string, report: ValidationReport): void {
  if (!isJsonObject(value)) {
    report.add(
      path,
      'type.object',
      `Expected an Activity object with an "id" IRI, got ${describeType(value)}.`,
    );
    return;
  }
  const id = value['id'];
  if (id === undefined) {
    report.add(
      childPath(path, 'id'),
      'required',
      'An Activity needs an "id", an IRI that identifies it.',
    );
  } else if (!isIri(id)) {
    report.add(
      childPath(path, 'id'),
      'iri.format',
      `An Activity id must be an absolute IRI, got ${JSON.stringify(id)}.`,
    );
  }
}
