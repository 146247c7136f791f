import { Pipe, type PipeTransform } from '@angular/core';
import { formatQuantity } from './locale-format';

/** A decimal string that counts something ("1234.00") in the interface language's locale, e.g. 1,234. */
@Pipe({ name: 'quantity' })
export class QuantityPipe implements PipeTransform {
  transform(value: string): string {
    return formatQuantity(value);
  }
}
