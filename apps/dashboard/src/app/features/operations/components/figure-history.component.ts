import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type MoneyFigure } from '../../../core/api/operations.model';
import { CalendarDatePipe } from '../../../shared/format/calendar-date.pipe';
import { DateTimePipe } from '../../../shared/format/date-time.pipe';
import { MONEY_KIND_LABELS } from '../data/operation-labels';
import { FigureAmountPipe } from './figure-amount.pipe';

/** Every figure ever recorded, the latest first: corrections never erase what was there. */
@Component({
  selector: 'fita-figure-history',
  imports: [CalendarDatePipe, DateTimePipe, FigureAmountPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (latestFirst().length > 0) {
      <div class="table-scroll">
        <table class="data-table" data-testid="figure-history">
          <caption class="visually-hidden">
            Figure history, latest date first
          </caption>
          <thead>
            <tr>
              <th scope="col">As of</th>
              <th scope="col">Figure</th>
              <th scope="col" class="numeric">Amount</th>
              <th scope="col">Source</th>
              <th scope="col">Note</th>
              <th scope="col">Recorded</th>
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
      <p class="empty-note">No figures recorded yet.</p>
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
