import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  afterRenderEffect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartDataset,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { formatCount } from '../format/locale-format';
import { CHART_COLORS } from './chart-colors';
import { seriesStyle } from './series-palette';

// Lines and bars only, so that the rest of chart.js is tree-shaken away.
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
);

export type SeriesChartKind = 'line' | 'bar';

export interface ChartSeries {
  /** Names the series in the legend and tooltips, e.g. "Enrolments" or "2020". */
  readonly name: string;
  readonly values: readonly number[];
  /** One colour per value, for bars that stand out (such as an unknown cell); else the palette's. */
  readonly barColors?: readonly string[];
  /** The palette entry to draw with, so that a series keeps its look from chart to chart; else its position. */
  readonly paletteIndex?: number;
}

type AnyChart = Chart<'line' | 'bar', number[], string>;

/**
 * Counts over categories as lines or bars, one or several series. The canvas
 * is opaque to assistive technology beyond its label: pages offer the same
 * figures as a table.
 */
@Component({
  selector: 'fita-series-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<canvas #canvas role="img" [attr.aria-label]="label()"></canvas>`,
  styles: `
    :host {
      display: block;
      position: relative;
      height: 18rem;
    }
  `,
})
export class SeriesChartComponent {
  readonly kind = input.required<SeriesChartKind>();
  readonly labels = input.required<readonly string[]>();
  readonly series = input.required<readonly ChartSeries[]>();
  /** Accessible name of the chart image; say where the table is. */
  readonly label = input.required<string>();
  /** Bars along the vertical axis, for long category names. */
  readonly horizontal = input(false);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: AnyChart | null = null;
  private shape: string | null = null;

  constructor() {
    afterRenderEffect(() => {
      const config = chartConfig(this.kind(), [...this.labels()], this.series(), this.horizontal());
      const canvas = this.canvas().nativeElement;
      untracked(() => this.render(canvas, config));
    });
    inject(DestroyRef).onDestroy(() => this.destroyChart());
  }

  private render(
    canvas: HTMLCanvasElement,
    config: ChartConfiguration<'line' | 'bar', number[], string>,
  ): void {
    const shape = `${config.type}:${config.options?.indexAxis ?? 'x'}`;
    if (this.chart && this.shape === shape) {
      this.chart.data = config.data;
      this.chart.options = config.options ?? {};
      this.chart.update();
      return;
    }
    this.destroyChart();
    this.chart = new Chart(canvas, config);
    this.shape = shape;
  }

  private destroyChart(): void {
    this.chart?.destroy();
    this.chart = null;
  }
}

function chartConfig(
  kind: SeriesChartKind,
  labels: string[],
  series: readonly ChartSeries[],
  horizontal: boolean,
): ChartConfiguration<'line' | 'bar', number[], string> {
  const valueAxis = horizontal ? 'x' : 'y';
  const categoryAxis = horizontal ? 'y' : 'x';
  return {
    type: kind,
    data: { labels, datasets: series.map((item, index) => dataset(kind, item, index)) },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      animation: prefersReducedMotion() ? false : { duration: 250 },
      interaction: { mode: kind === 'line' ? 'index' : 'nearest', intersect: kind !== 'line' },
      plugins: {
        legend: {
          display: series.length > 1,
          position: 'bottom',
          labels: { color: CHART_COLORS.text, usePointStyle: true, boxWidth: 8, boxHeight: 8 },
        },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${formatCount(Number(item.raw ?? 0))}`,
          },
        },
      },
      scales: {
        [categoryAxis]: {
          grid: { display: false },
          ticks: { color: CHART_COLORS.text, autoSkip: true },
        },
        [valueAxis]: {
          beginAtZero: true,
          grid: { color: CHART_COLORS.grid },
          ticks: {
            color: CHART_COLORS.text,
            precision: 0,
            callback: (value: string | number) => formatCount(Number(value)),
          },
        },
      },
    },
  };
}

function dataset(
  kind: SeriesChartKind,
  series: ChartSeries,
  index: number,
): ChartDataset<'line' | 'bar', number[]> {
  const style = seriesStyle(series.paletteIndex ?? index);
  const data = [...series.values];
  if (kind === 'line') {
    return {
      type: 'line',
      label: series.name,
      data,
      borderColor: style.color,
      backgroundColor: style.color,
      borderDash: [...style.dash],
      borderWidth: 2,
      pointStyle: style.pointStyle,
      pointRadius: 3,
      pointHoverRadius: 5,
    };
  }
  return {
    type: 'bar',
    label: series.name,
    data,
    backgroundColor: series.barColors ? [...series.barColors] : style.color,
    borderRadius: 3,
    maxBarThickness: 48,
  };
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
