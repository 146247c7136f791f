/** The fields of an ISO 8601 date-time, as written (no zone conversion). */
export interface IsoDateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Fraction of a second, truncated to milliseconds. */
  millisecond: number;
  /** Minutes east of UTC, or null when the text carries no offset. */
  offsetMinutes: number | null;
}

// Extended format only (hyphens and colons), as xAPI producers send it.
// Seconds may be omitted (reduced precision is ISO 8601); the fraction may use
// "." or ","; the offset may be Z, ±hh, ±hhmm or ±hh:mm.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Splits an ISO 8601 date-time into its fields, or returns null when the text
 * is not one or names an impossible date or time. Hour 24 and leap second 60
 * are refused: `Date` cannot represent them faithfully.
 */
export function parseIsoDateTime(text: string): IsoDateTimeParts | null {
  const m = ISO_DATE_TIME.exec(text);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  // Truncate rather than round so 59.9996 s never rolls into the next minute.
  const millisecond = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;

  let offsetMinutes: number | null = null;
  const zone = m[8];
  if (zone === 'Z') {
    offsetMinutes = 0;
  } else if (zone !== undefined) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMins = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = sign * (offsetHours * 60 + offsetMins);
  }
  return { year, month, day, hour, minute, second, millisecond, offsetMinutes };
}
