import { Pipe, type PipeTransform } from '@angular/core';
import { formatPercent } from './locale-format';

/** A percentage string ("50.00" is 50 %) in the interface language's locale. */
@Pipe({ name: 'percentage' })
export class PercentagePipe implements PipeTransform {
  transform(rate: string): string {
    return formatPercent(rate);
  }
}
