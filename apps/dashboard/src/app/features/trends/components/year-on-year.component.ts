import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FIGURE_KEYS, type FigureKey } from '../../../core/api/indicator-figures.model';
import { appLocale } from '../../../core/i18n/language';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import {
  type ChartSeries,
  SeriesChartComponent,
} from '../../../shared/charts/series-chart.component';
import { ChoiceGroupComponent } from '../../../shared/controls/choice-group.component';
import { FIGURE_NAMES } from '../../../shared/figures/figure-names';
import { MONTH_NAMES } from '../../../shared/figures/period-label';
import { FIRST_PRESET_YEAR } from '../../../shared/filters/indicator-filters';
import { CountPipe } from '../../../shared/format/count.pipe';
import { GrowthPipe } from '../../../shared/format/growth.pipe';
import { type PeakMonth, type YearLine } from '../data/trends-view';

const monthYearFormat = new Intl.DateTimeFormat(appLocale(), {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * Each year as one line over January to December, so that a year that stands
 * out (2020's surge) shows at a glance; the busiest month is said in words
 * and the figures are in a table.
 */
@Component({
  selector: 'fita-year-on-year',
  imports: [ChoiceGroupComponent, CountPipe, GrowthPipe, SeriesChartComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './year-on-year.component.html',
  styleUrl: './year-on-year.component.css',
})
export class YearOnYearComponent {
  readonly lines = input.required<readonly YearLine[]>();
  readonly figure = input.required<FigureKey>();
  readonly peak = input.required<PeakMonth | null>();
  readonly figureChange = output<FigureKey>();

  private readonly translator = inject(Translator);
  protected readonly months = MONTH_NAMES;
  protected readonly showTable = signal(false);
  protected readonly figureOptions = FIGURE_KEYS.map((id) => ({
    id,
    label: FIGURE_NAMES[id].label,
  }));
  protected readonly figureName = computed(() => FIGURE_NAMES[this.figure()]);
  protected readonly years = computed(() => this.lines().map((line) => line.year));
  protected readonly chartSeries = computed((): ChartSeries[] =>
    // Each year keeps its colour and shape whatever the period, so 2020 always looks the same.
    this.lines().map((line) => ({
      name: String(line.year),
      values: line.months,
      paletteIndex: line.year - FIRST_PRESET_YEAR,
    })),
  );
  protected readonly chartLabel = computed(() =>
    this.translator.t('trends.yoy.chart', {
      figure: this.figureName().inText,
      years: this.years().join(', '),
    }),
  );
  protected readonly peakWhen = computed(() => {
    const peak = this.peak();
    return peak ? monthYearFormat.format(Date.UTC(peak.year, peak.month, 1)) : '';
  });
  protected readonly peakBefore = computed(() => {
    const peak = this.peak();
    return peak ? monthYearFormat.format(Date.UTC(peak.year - 1, peak.month, 1)) : '';
  });

  protected selectFigure(id: string): void {
    const figure = FIGURE_KEYS.find((key) => key === id);
    if (figure) this.figureChange.emit(figure);
  }
}
