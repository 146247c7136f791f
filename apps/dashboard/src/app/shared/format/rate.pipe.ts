import { Pipe, type PipeTransform } from '@angular/core';
import { formatRate } from './figure-format';

/** A ratio as a percentage with one decimal, "n/a" when undefined. */
@Pipe({ name: 'rate' })
export class RatePipe implements PipeTransform {
  transform(ratio: number | null): string {
    return formatRate(ratio);
  }
}
