import { parseIsoDateTime } from '../iso-date-time.js';
import { quote } from './format-checks.js';
import type { ValidationReport } from './validation-report.js';

// RFC 3339 date-time (xAPI 2.0.0): seconds and a zone offset are required, the
// offset is "Z" or ±hh:mm. Upper-case "T" and "Z" only, so that the text is
// also ISO 8601 (what statementInstant and 1.0.3 readers expect).
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

// ISO 8601 forbids a negative zero offset; RFC 3339 gives "-00:00" a special
// meaning (offset unknown). Both conformance suites expect it refused.
const NEGATIVE_ZERO_OFFSET = /-00(?::?00)?$/;

/**
 * A timestamp or stored value. xAPI 1.0.3: an ISO 8601 date-time (extended
 * format), zone offset optional (read as UTC when absent). xAPI 2.0.0: an
 * RFC 3339 date-time. Impossible dates (month 13, 30 February) fail in both.
 */
export function validateDateTime(
  value: unknown,
  path: string,
  field: string,
  report: ValidationReport,
): void {
  const rfc3339 = report.version === '2.0.0';
  const valid =
    typeof value === 'string' &&
    parseIsoDateTime(value) !== null &&
    !NEGATIVE_ZERO_OFFSET.test(value) &&
    (!rfc3339 || RFC_3339.test(value));
  if (valid) return;
  report.add(
    path,
    'date-time.format',
    rfc3339
      ? `${field} must be an RFC 3339 date-time with seconds and a zone offset, such as "2021-03-01T10:15:00Z" or "2021-03-01T11:15:00.250+01:00", got ${quote(value)}.`
      : `${field} must be an ISO 8601 date-time such as "2021-03-01T10:15:00Z" (a negative zero offset is not allowed), got ${quote(value)}.`,
  );
}
