import { appLocale } from '../../core/i18n/language';

// Month names come from Intl in the interface language's locale, never from a list of our own.
const monthFormat = new Intl.DateTimeFormat(appLocale(), {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthNameFormat = new Intl.DateTimeFormat(appLocale(), { month: 'short', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat(appLocale(), {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const MONTH_LABEL = /^(\d{4})-(\d{2})$/;
const YEAR_LABEL = /^(\d{4})$/;

/** A series label ("2020" or "2020-03") as people read it: 2020, Mar 2020. */
export function periodLabel(label: string): string {
  const match = MONTH_LABEL.exec(label);
  return match ? monthFormat.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : label;
}

/**
 * A series point's label: its month or year, or, when the period clips it,
 * the days it covers ("15–31 Mar 2020"), so that half a month is not read as
 * a whole one.
 */
export function pointLabel(point: {
  readonly period: string;
  readonly from: string;
  readonly to: string;
}): string {
  const whole = wholeBucket(point.period);
  if (whole === null || (whole.from === point.from && whole.to === point.to)) {
    return periodLabel(point.period);
  }
  return dayFormat.formatRange(
    Date.parse(`${point.from}T00:00:00Z`),
    Date.parse(`${point.to}T00:00:00Z`),
  );
}

function wholeBucket(label: string): { from: string; to: string } | null {
  const month = MONTH_LABEL.exec(label);
  if (month) {
    const lastDay = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return { from: `${label}-01`, to: `${label}-${String(lastDay).padStart(2, '0')}` };
  }
  return YEAR_LABEL.test(label) ? { from: `${label}-01-01`, to: `${label}-12-31` } : null;
}

/** January to December, short, in the interface language's locale. */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, month) =>
  monthNameFormat.format(Date.UTC(2020, month, 1)),
);
