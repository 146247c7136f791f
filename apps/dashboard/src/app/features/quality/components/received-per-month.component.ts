import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { type ReceivedMonth } from '../../../core/api/quality.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import {
  type ChartSeries,
  SeriesChartComponent,
} from '../../../shared/charts/series-chart.component';
import { periodLabel } from '../../../shared/figures/period-label';
import { CountPipe } from '../../../shared/format/count.pipe';

/** Statements stored per month, as bars with the same figures in a table. */
@Component({
  selector: 'fita-received-per-month',
  imports: [CountPipe, SeriesChartComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="received-title">
      <h2 id="received-title" class="card__title">{{ 'quality.received.title' | t }}</h2>
      <p class="card__subtitle">{{ 'quality.received.lead' | t }}</p>

      @if (months().length > 0) {
        <fita-series-chart
          kind="bar"
          [labels]="labels()"
          [series]="series()"
          [label]="'quality.received.chart' | t"
        />
        <div class="table-toggle">
          <button
            type="button"
            class="button button--secondary button--small"
            aria-controls="received-table"
            [attr.aria-pressed]="showTable()"
            (click)="showTable.set(!showTable())"
          >
            {{ showTable() ? ('figureTable.hide' | t) : ('figureTable.show' | t) }}
          </button>
        </div>
        <!-- Kept in the DOM while hidden, so screen readers always get the figures. -->
        <div
          id="received-table"
          class="table-scroll"
          [class.visually-hidden]="!showTable()"
          [attr.tabindex]="showTable() ? 0 : null"
        >
          <table class="data-table" data-testid="received-table">
            <caption class="visually-hidden">
              {{
                'quality.received.caption' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'quality.received.month' | t }}</th>
                <th scope="col" class="numeric">{{ 'quality.received.count' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (month of months(); track month.month) {
                <tr>
                  <th scope="row">{{ label(month.month) }}</th>
                  <td class="numeric">{{ month.received | count }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p class="empty-note" data-testid="received-empty">{{ 'quality.received.empty' | t }}</p>
      }
    </section>
  `,
  styles: `
    .table-toggle {
      margin: 0.75rem 0;
    }
    .table-scroll {
      max-height: 28rem;
    }
  `,
})
export class ReceivedPerMonthComponent {
  readonly months = input.required<readonly ReceivedMonth[]>();

  private readonly translator = inject(Translator);
  protected readonly showTable = signal(false);
  protected readonly label = periodLabel;
  protected readonly labels = computed(() =>
    this.months().map((month) => periodLabel(month.month)),
  );
  protected readonly series = computed((): readonly ChartSeries[] => [
    {
      name: this.translator.t('quality.received.series'),
      values: this.months().map((month) => month.received),
    },
  ]);
}
