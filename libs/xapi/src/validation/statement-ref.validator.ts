import { childPath } from './json-path.js';
import { describeType, isJsonObject, quote } from './format-checks.js';
import { hasProperty, readProperties } from './properties.js';
import type { ValidationReport } from './validation-report.js';
import { checkUuid } from './value-checks.js';

/** A Statement Reference: objectType "StatementRef" and the UUID of a statement. */
export function validateStatementRef(value: unknown, path: string, report: ValidationReport): void {
  if (!isJsonObject(value)) {
    report.add(path, 'type.object', `Expected a StatementRef object, got ${describeType(value)}.`);
    return;
  }
  const { objectType, id } = readProperties(
    value,
    path,
    ['objectType', 'id'],
    'A StatementRef',
    report,
  );
  if (objectType !== 'StatementRef' && value['objectType'] !== null) {
    report.add(
      childPath(path, 'objectType'),
      'statement-ref.object-type',
      `A statement reference must have objectType "StatementRef", got ${quote(objectType)}.`,
    );
  }
  if (!hasProperty(value, 'id')) {
    report.add(
      childPath(path, 'id'),
      'required',
      'A StatementRef needs the "id" (UUID) of the statement it refers to.',
    );
  } else if (id !== undefined) {
    checkUuid(id, childPath(path, 'id'), 'A StatementRef id', report);
  }
}
