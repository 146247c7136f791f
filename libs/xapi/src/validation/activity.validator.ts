import { childPath } from './json-path.js';
import { describeType, isJsonObject, quote } from './format-checks.js';
import { validateActivityDefinition } from './activity-definition.validator.js';
import { hasProperty, readProperties } from './properties.js';
import type { ValidationReport } from './validation-report.js';
import { checkIri } from './value-checks.js';

const ACTIVITY_PROPERTIES = ['objectType', 'id', 'definition'];

/**
 * An Activity (the caller has decided the value should be one): objectType
 * "Activity" or absent, an "id" IRI and an optional definition.
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
  const { objectType, id, definition } = readProperties(
    value,
    path,
    ACTIVITY_PROPERTIES,
    'An Activity',
    report,
  );
  if (objectType !== undefined && objectType !== 'Activity') {
    report.add(
      childPath(path, 'objectType'),
      'activity.object-type',
      `An Activity has objectType "Activity" (or none), got ${quote(objectType)}.`,
    );
  }
  if (!hasProperty(value, 'id')) {
    report.add(
      childPath(path, 'id'),
      'required',
      'An Activity needs an "id", an IRI that identifies it.',
    );
  } else if (id !== undefined) {
    checkIri(id, childPath(path, 'id'), 'An Activity id', report);
  }
  if (definition !== undefined) {
    validateActivityDefinition(definition, childPath(path, 'definition'), report);
  }
}
