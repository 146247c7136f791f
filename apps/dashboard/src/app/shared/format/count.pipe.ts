import { Pipe, type PipeTransform } from '@angular/core';
import { formatCount } from './locale-format';

/** Whole numbers with the interface language's grouping, e.g. 23,364 or 23.364. */
@Pipe({ name: 'count' })
export class CountPipe implements PipeTransform {
  transform(value: number): string {
    return formatCount(value);
  }
}
