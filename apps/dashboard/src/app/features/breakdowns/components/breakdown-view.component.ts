import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import {
  type ChartSeries,
  SeriesChartComponent,
} from '../../../shared/charts/series-chart.component';
import { UNKNOWN_BAR_COLOR, seriesStyle } from '../../../shared/charts/series-palette';
import { type FigureName } from '../../../shared/figures/figure-names';
import { CountPipe } from '../../../shared/format/count.pipe';
import { RatePipe } from '../../../shared/format/rate.pipe';
import { type BreakdownRow } from '../data/breakdown-rows';
import { type DimensionName } from '../data/dimension-names';

/** Beyond this many cells (places of residence), the chart shows the largest; the table all. */
export const MAX_CHART_BARS = 15;

/**
 * One breakdown of one figure: how much is unknown, said first; a bar per
 * cell; and a table of counts and shares that add up to the total.
 */
@Component({
  selector: 'fita-breakdown-view',
  imports: [CountPipe, RatePipe, SeriesChartComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './breakdown-view.component.html',
  styleUrl: './breakdown-view.component.css',
})
export class BreakdownViewComponent {
  readonly rows = input.required<readonly BreakdownRow[]>();
  readonly figure = input.required<FigureName>();
  readonly dimension = input.required<DimensionName>();
  readonly total = input.required<number>();
  /** The question in words, for the table's caption. */
  readonly question = input.required<string>();

  private readonly translator = inject(Translator);
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
      name: this.figure().label,
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
  protected readonly chartLabel = computed(() => {
    const params = { figure: this.figure().inText, by: this.dimension().by };
    return this.isChartCut()
      ? this.translator.t('breakdowns.chartLabelCut', { ...params, shown: MAX_CHART_BARS })
      : this.translator.t('breakdowns.chartLabel', params);
  });
}
