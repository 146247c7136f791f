// Intl rather than a date library: it ships with every browser and Node, and
// carries the IANA rules (summer time) the figures depend on.

// Building a DateTimeFormat is costly and metrics convert every statement's
// timestamp, so one formatter per time zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      // Gregorian calendar and Latin digits are pinned so that the result does
      // not depend on the runtime's default locale.
      formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      throw new RangeError(
        `Unknown time zone ${JSON.stringify(timeZone)}; use an IANA name such as "Europe/Madrid".`,
      );
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface LocalDateParts {
  year: number;
  month: number;
  day: number;
}

function localParts(instant: Date, timeZone: string): LocalDateParts {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`Expected a valid Date, got ${String(instant)}.`);
  }
  const parts = formatterFor(timeZone).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value);
  const result = { year: field('year'), month: field('month'), day: field('day') };
  // Years before 1 CE come back as era years; they cannot occur in statements.
  if (!Number.isInteger(result.year) || result.year < 1 || result.year > 9999) {
    throw new RangeError(`${instant.toISOString()} is outside the years 1 to 9999.`);
  }
  return result;
}

/**
 * The calendar date (YYYY-MM-DD) on which `instant` falls in `timeZone`:
 * 2020-12-31T23:30:00Z is 2021-01-01 in Europe/Madrid (spec section 1).
 */
export function localDate(instant: Date, timeZone: string): string {
  const { year, month, day } = localParts(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The year of `localDate(instant, timeZone)`. */
export function localYear(instant: Date, timeZone: string): number {
  return localParts(instant, timeZone).year;
}
