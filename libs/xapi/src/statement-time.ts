import { parseIsoDateTime } from './iso-date-time.js';
import { XapiError } from './xapi-error.js';

/**
 * The instant a statement timestamp (or `stored`) names. A timestamp without a
 * zone offset is UTC (spec section 1), not the server's local time, so the
 * result never depends on where the code runs.
 */
export function statementInstant(timestamp: string): Date {
  const parts = typeof timestamp === 'string' ? parseIsoDateTime(timestamp) : null;
  if (parts === null) {
    throw new XapiError(
      'timestamp.invalid',
      `Expected an ISO 8601 date-time such as 2021-01-01T09:30:00Z, got ${JSON.stringify(timestamp)}.`,
    );
  }
  const utcMillis = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
    parts.millisecond,
  );
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear undoes that.
  const instant = new Date(utcMillis);
  if (parts.year < 100) instant.setUTCFullYear(parts.year);
  return new Date(instant.getTime() - (parts.offsetMinutes ?? 0) * 60_000);
}
