import { Pipe, type PipeTransform } from '@angular/core';
import { formatEuros } from './locale-format';

/** A decimal amount string as euros in the interface language's locale; `'signed'` adds a + to gains. */
@Pipe({ name: 'euros' })
export class EurosPipe implements PipeTransform {
  transform(amount: string, sign?: 'signed'): string {
    return formatEuros(amount, { signed: sign === 'signed' });
  }
}
