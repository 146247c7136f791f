import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  type ChartSeries,
  SeriesChartComponent,
} from '../../../shared/charts/series-chart.component';
import { UNKNOWN_BAR_COLOR, seriesStyle } from '../../../shared/charts/series-palette';
import { CountPipe } from '../../../shared/format/count.pipe';
import { RatePipe } from '../../../shared/format/rate.pipe';
import { type BreakdownRow } from '../data/breakdown-rows';

/** Beyond this many cells (places of residence), the chart shows the largest; the table all. */
export const MAX_CHART_BARS = 15;

/**
 * One breakdown of one figure: how much is unknown, said first; a bar per
 * cell; and a table of counts and shares that add up to the total.
 */
@Component({
  selector: 'fita-breakdown-view',
  imports: [CountPipe, RatePipe, SeriesChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './breakdown-view.component.html',
  styleUrl: './breakdown-view.component.css',
})
export class BreakdownViewComponent {
  readonly rows = input.required<readonly BreakdownRow[]>();
  /** "Users", "Enrolments" or "Completions". */
  readonly figureLabel = input.required<string>();
  /** "Sex", "Age"… */
  readonly dimensionLabel = input.required<string>();
  readonly total = input.required<number>();
  /** What `unknown` stands for in this breakdown. */
  readonly unknownMeans = input.required<string>();
  /** The question in words, for the table's caption. */
  readonly question = input.required<string>();

  protected readonly unknown = computed(() => this.rows().find((row) => row.isUnknown) ?? null);
  protected readonly chartRows = computed(() => {
    const rows = this.rows();
    if (rows.length <= MAX_CHART_BARS + 1) return rows;
    return [
      ...rows.filter((row) => !row.isUnknown).slice(0, MAX_CHART_BARS),
      ...rows.filter((row) => row.isUnknown),
    ];
  });
  protected readonly isChartCut = computed(() => this.chartRows().length < this.rows().length);
  protected readonly chartSeries = computed((): ChartSeries[] => [
    {
      name: this.figureLabel(),
      values: this.chartRows().map((row) => row.count),
      barColors: this.chartRows().map((row) =>
        row.isUnknown ? UNKNOWN_BAR_COLOR : seriesStyle(0).color,
      ),
    },
  ]);
  protected readonly chartLabels = computed(() => this.chartRows().map((row) => row.label));
  /** Enough height for each bar to carry its label. */
  protected readonly chartHeightRem = computed(() =>
    Math.max(8, this.chartRows().length * 2.25 + 3),
  );
  protected readonly chartLabel = computed(
    () =>
      `Bar chart of ${this.figureLabel().toLowerCase()} by ${this.dimensionLabel().toLowerCase()}` +
      `${this.isChartCut() ? `, the ${MAX_CHART_BARS} largest and unknown` : ''}. ` +
      'The same figures, with their shares, are in the table below.',
  );
}
