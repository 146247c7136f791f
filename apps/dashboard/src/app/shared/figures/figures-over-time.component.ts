import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  FIGURE_KEYS,
  type FigureKey,
  type FiguresPoint,
} from '../../core/api/indicator-figures.model';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { Translator } from '../../core/i18n/translator';
import { type ChartSeries, SeriesChartComponent } from '../charts/series-chart.component';
import { CountPipe } from '../format/count.pipe';
import { GrowthPipe } from '../format/growth.pipe';
import { RatePipe } from '../format/rate.pipe';
import { FIGURE_NAMES } from './figure-names';
import { pointLabel } from './period-label';

/** The change of each figure on the point before; null where it is not a like-for-like comparison. */
export type PointChanges = Readonly<Record<FigureKey, number | null>> | null;

let nextId = 0;

/**
 * Users, enrolments and completions over time: a chart, and under it the
 * same figures as a table (always in the DOM for screen readers, shown on
 * demand for everyone else).
 */
@Component({
  selector: 'fita-figures-over-time',
  imports: [SeriesChartComponent, CountPipe, GrowthPipe, RatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './figures-over-time.component.html',
  styleUrl: './figures-over-time.component.css',
})
export class FiguresOverTimeComponent {
  readonly points = input.required<readonly FiguresPoint[]>();
  readonly kind = input.required<'line' | 'bar'>();
  /** What the figures are of, e.g. "per month, 2017–2021", in the interface language: the table's caption and the chart's name. */
  readonly caption = input.required<string>();
  /** When given, one per point: the table adds a column of changes for each figure. */
  readonly changes = input<readonly PointChanges[] | null>(null);

  private readonly translator = inject(Translator);
  protected readonly tableId = `figures-table-${nextId++}`;
  protected readonly showTable = signal(false);
  protected readonly figureKeys = FIGURE_KEYS;
  protected readonly figureNames = FIGURE_NAMES;
  protected readonly labels = computed(() => this.points().map((point) => pointLabel(point)));
  protected readonly chartSeries = computed((): ChartSeries[] =>
    FIGURE_KEYS.map((key) => ({
      name: FIGURE_NAMES[key].label,
      values: this.points().map((point) => point[key]),
    })),
  );
  protected readonly chartLabel = computed(() =>
    this.kind() === 'line'
      ? this.translator.t('overTime.lineChart', { caption: this.caption() })
      : this.translator.t('overTime.barChart', { caption: this.caption() }),
  );
  protected readonly rows = computed(() =>
    this.points().map((point, index) => ({
      point,
      label: this.labels()[index],
      changes: this.changes()?.[index] ?? null,
    })),
  );
}
