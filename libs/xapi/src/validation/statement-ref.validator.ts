import { childPath } from './json-path.js';
import { describeType, isJsonObject, isUuid } from './format-checks.js';
import type { ValidationReport } from './validation-report.js';

export function validateStatementRef(value: unknown, path: string, report: ValidationReport): void {
  if (!isJsonObject(value)) {
    report.add(path, 'type.object', `Expected a StatementRef object, got ${describeType(value)}.`);
    return;
  }
  if (value['objectType'] !== 'StatementRef') {
    report.add(
      childPath(path, 'objectType'),
      'statement-ref.object-type',
      `A statement reference must have objectType "StatementRef", got ${JSON.stringify(value['objectType'])}.`,
    );
  }
  const id = value['id'];
  if (id === undefined) {
    report.add(
      childPath(path, 'id'),
      'required',
      'A StatementRef needs the "id" (UUID) of the statement it refers to.',
    );
  } else if (!isUuid(id)) {
    report.add(
      childPath(path, 'id'),
      'uuid.format',
      `A StatementRef id must be a UUID, got ${JSON.stringify(id)}.`,
    );
  }
}
