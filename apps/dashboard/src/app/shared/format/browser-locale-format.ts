// `undefined` locale = the browser's own: figures read the way the user writes
// numbers and dates, whatever language the interface is in.
const countFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** An ISO 8601 instant in the browser's locale and time zone; unparseable input is shown as given. */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dateTimeFormat.format(time);
}
