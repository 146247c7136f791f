import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type MoneyFigure } from '../../../core/api/operations.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CalendarDatePipe } from '../../../shared/format/calendar-date.pipe';
import { DateTimePipe } from '../../../shared/format/date-time.pipe';
import { MONEY_KIND_LABELS } from '../data/operation-labels';
import { FigureAmountPipe } from './figure-amount.pipe';

/** Every figure ever recorded, the latest first: corrections never erase what was there. */
@Component({
  selector: 'fita-figure-history',
  imports: [CalendarDatePipe, DateTimePipe, FigureAmountPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (latestFirst().length > 0) {
      <div class="table-scroll">
        <table class="data-table" data-testid="figure-history">
          <caption class="visually-hidden">
            {{
              'operations.history.caption' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'operations.money.asOf' | t }}</th>
              <th scope="col">{{ 'operations.money.figure' | t }}</th>
              <th scope="col" class="numeric">{{ 'operations.money.amount' | t }}</th>
              <th scope="col">{{ 'operations.money.source' | t }}</th>
              <th scope="col">{{ 'operations.money.note' | t }}</th>
              <th scope="col">{{ 'operations.money.recorded' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (figure of latestFirst(); track figure.id) {
              <tr>
                <td class="nowrap">{{ figure.asOf | calendarDate }}</td>
                <td>{{ labels[figure.kind] }}</td>
                <td class="numeric">{{ figure.amount | figureAmount: figure.kind }}</td>
                <td>{{ figure.source ?? '—' }}</td>
                <td>{{ figure.note ?? '—' }}</td>
                <td class="nowrap">{{ figure.recordedAt | dateTime }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="empty-note">{{ 'operations.history.none' | t }}</p>
    }
  `,
  styles: `
    .nowrap {
      white-space: nowrap;
    }
  `,
})
export class FigureHistoryComponent {
  /** Oldest first, as the API lists them. */
  readonly history = input.required<readonly MoneyFigure[]>();

  protected readonly labels = MONEY_KIND_LABELS;
  protected readonly latestFirst = computed(() => [...this.history()].reverse());
}
