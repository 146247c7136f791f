import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MONEY_KINDS, type Operation } from '../../../core/api/operations.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CalendarDatePipe } from '../../../shared/format/calendar-date.pipe';
import { MONEY_KIND_LABELS } from '../data/operation-labels';
import { FigureAmountPipe } from './figure-amount.pipe';

/** The current value of each of the seven figures: the latest-dated one recorded. */
@Component({
  selector: 'fita-current-figures',
  imports: [CalendarDatePipe, FigureAmountPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll">
      <table class="data-table" data-testid="current-figures">
        <caption class="visually-hidden">
          {{
            'operations.money.caption' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'operations.money.figure' | t }}</th>
            <th scope="col" class="numeric">{{ 'operations.money.amount' | t }}</th>
            <th scope="col">{{ 'operations.money.asOf' | t }}</th>
            <th scope="col">{{ 'operations.money.source' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (kind of kinds; track kind) {
            <tr [attr.data-testid]="'current-' + kind">
              <th scope="row">{{ labels[kind] }}</th>
              @if (money().current[kind]; as figure) {
                <td class="numeric">{{ figure.amount | figureAmount: kind }}</td>
                <td>{{ figure.asOf | calendarDate }}</td>
                <td>{{ figure.source ?? '—' }}</td>
              } @else {
                <td colspan="3" class="not-recorded">{{ 'operations.notRecorded' | t }}</td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .not-recorded {
      color: var(--color-text-muted);
    }
  `,
})
export class CurrentFiguresComponent {
  readonly money = input.required<Operation['money']>();

  protected readonly kinds = MONEY_KINDS;
  protected readonly labels = MONEY_KIND_LABELS;
}
