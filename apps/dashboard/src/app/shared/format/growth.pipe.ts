import { Pipe, type PipeTransform } from '@angular/core';
import { formatGrowth } from './figure-format';

/** A growth ratio as a signed percentage, "n/a" when undefined. */
@Pipe({ name: 'growth' })
export class GrowthPipe implements PipeTransform {
  transform(ratio: number | null): string {
    return formatGrowth(ratio);
  }
}
