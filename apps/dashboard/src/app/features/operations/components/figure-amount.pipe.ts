import { Pipe, type PipeTransform } from '@angular/core';
import { type MoneyKind } from '../../../core/api/operations.model';
import { formatEuros, formatPercent } from '../../../shared/format/locale-format';
import { isPercentKind } from '../data/operation-labels';

/** A figure's amount: a percentage for the co-financing rate, euros for the rest. */
@Pipe({ name: 'figureAmount' })
export class FigureAmountPipe implements PipeTransform {
  transform(amount: string, kind: MoneyKind): string {
    return isPercentKind(kind) ? formatPercent(amount) : formatEuros(amount);
  }
}
