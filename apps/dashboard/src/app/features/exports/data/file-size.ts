import { appLocale } from '../../../core/i18n/language';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

// One formatter per unit, in the interface language's locale ("12,5 MB" in Catalan).
const formats = UNITS.map(
  (unit) =>
    new Intl.NumberFormat(appLocale(), {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: unit === 'byte' ? 0 : 1,
    }),
);

/** A file's size in the largest unit that keeps it at 1 or more (decimal units, as browsers show them). */
export function formatFileSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return formats[unit].format(value);
}
