import { Pipe, type PipeTransform } from '@angular/core';
import { appLocale } from '../../../core/i18n/language';

// One decimal: how the spec presents percentages (section 5); the API keeps them exact.
const achievedFormat = new Intl.NumberFormat(appLocale(), {
  style: 'unit',
  unit: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** An exact percentage of a target (62.5) in the browser's locale, e.g. 62.5%; null as —. */
export function formatAchievedPercent(percent: number | null): string {
  return percent === null ? '—' : achievedFormat.format(percent);
}

@Pipe({ name: 'achievedPercent' })
export class AchievedPercentPipe implements PipeTransform {
  transform(percent: number | null): string {
    return formatAchievedPercent(percent);
  }
}
