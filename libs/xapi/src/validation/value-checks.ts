import { describeType, isIri, isUuid, quote } from './format-checks.js';
import type { ValidationReport } from './validation-report.js';

// Report-and-return checks for the scalar property types of the spec. Each
// reports one error when the value does not fit and says whether it did, so a
// caller can go on with range checks only on values of the right type.

export function checkString(
  value: unknown,
  path: string,
  field: string,
  report: ValidationReport,
): value is string {
  if (typeof value === 'string') return true;
  report.add(path, 'type.string', `${field} must be a string, got ${describeType(value)}.`);
  return false;
}

export function checkBoolean(
  value: unknown,
  path: string,
  field: string,
  report: ValidationReport,
): value is boolean {
  if (typeof value === 'boolean') return true;
  report.add(
    path,
    'type.boolean',
    `${field} must be true or false (a JSON boolean, not a string), got ${quote(value)}.`,
  );
  return false;
}

export function checkNumber(
  value: unknown,
  path: string,
  field: string,
  report: ValidationReport,
): value is number {
  if (typeof value === 'number' && Number.isFinite(value)) return true;
  report.add(
    path,
    'type.number',
    `${field} must be a JSON number (not a string), got ${quote(value)}.`,
  );
  return false;
}

export function checkIri(
  value: unknown,
  path: string,
  field: string,
  report: ValidationReport,
): value is string {
  if (isIri(value)) return true;
  report.add(
    path,
    'iri.format',
    `${field} must be an absolute IRI with a scheme, such as "https://example.org/xapi/1", got ${quote(value)}.`,
  );
  return false;
}

export function checkUuid(
  value: unknown,
  path: string,
  field: string,
  report: ValidationReport,
): value is string {
  if (isUuid(value)) return true;
  report.add(
    path,
    'uuid.format',
    `${field} must be a UUID such as "fd41c918-b88b-4b20-a0a5-a4c32391aaa0", got ${quote(value)}.`,
  );
  return false;
}
