import { appLocale } from '../../core/i18n/language';

// The interface language's locale: numbers and dates read the way the language
// of the surrounding text writes them (23.364 in Catalan, 23,364 in English).
const countFormat = new Intl.NumberFormat(appLocale(), { maximumFractionDigits: 0 });
const dateTimeFormat = new Intl.DateTimeFormat(appLocale(), {
  dateStyle: 'medium',
  timeStyle: 'short',
});

export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** An ISO 8601 instant in the interface language's locale and time zone; unparseable input is shown as given. */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dateTimeFormat.format(time);
}

const euroFormat = new Intl.NumberFormat(appLocale(), { style: 'currency', currency: 'EUR' });
const signedEuroFormat = new Intl.NumberFormat(appLocale(), {
  style: 'currency',
  currency: 'EUR',
  signDisplay: 'exceptZero',
});
const quantityFormat = new Intl.NumberFormat(appLocale(), { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat(appLocale(), {
  style: 'unit',
  unit: 'percent',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
// Calendar dates carry no time zone: read and written in UTC, so that no offset moves them a day.
const calendarDateFormat = new Intl.DateTimeFormat(appLocale(), {
  dateStyle: 'medium',
  timeZone: 'UTC',
});

const DECIMAL = /^-?\d+(\.\d+)?$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A decimal string of the API ("1573550.00") as euros, e.g. €1,573,550.00.
 * Intl reads the string itself, so no float rounding creeps in; anything else
 * is shown as given.
 */
export function formatEuros(amount: string, options: { signed?: boolean } = {}): string {
  if (!DECIMAL.test(amount)) return amount;
  const format = options.signed ? signedEuroFormat : euroFormat;
  return format.format(amount as Intl.StringNumericLiteral);
}

/**
 * A decimal string of the API that counts something ("1234.00" persons) with
 * the browser's grouping and only the decimals it has: 1,234 or 12.5.
 */
export function formatQuantity(value: string): string {
  return DECIMAL.test(value) ? quantityFormat.format(value as Intl.StringNumericLiteral) : value;
}

/** A percentage string of the API ("48.97") as 48.97%, or 48,97 % in Spanish. */
export function formatPercent(rate: string): string {
  return DECIMAL.test(rate) ? percentFormat.format(rate as Intl.StringNumericLiteral) : rate;
}

/** A YYYY-MM-DD date in the interface language's locale, e.g. 30 Jun 2017; anything else is shown as given. */
export function formatCalendarDate(isoDate: string): string {
  const time = CALENDAR_DATE.test(isoDate) ? Date.parse(`${isoDate}T00:00:00Z`) : Number.NaN;
  return Number.isNaN(time) ? isoDate : calendarDateFormat.format(time);
}
