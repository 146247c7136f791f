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
  LinearScale,
  Tooltip,
} from 'chart.js';
import { formatCount } from '../format/locale-format';
import { CHART_COLORS } from './chart-colors';

// Only what a bar chart needs, so that the rest of chart.js is tree-shaken away.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/**
 * A single-series bar chart. The canvas is opaque to assistive technology
 * beyond its label: pages should offer the same figures as a table.
 */
@Component({
  selector: 'fita-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<canvas #canvas role="img" [attr.aria-label]="label()"></canvas>`,
  styles: `
    :host {
      display: block;
      position: relative;
      height: var(--bar-chart-height, 16rem);
    }
  `,
})
export class BarChartComponent {
  readonly labels = input.required<readonly string[]>();
  readonly values = input.required<readonly number[]>();
  /** Names the series in tooltips, e.g. "Users". */
  readonly seriesName = input.required<string>();
  /** Accessible name of the chart image. */
  readonly label = input.required<string>();

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'bar', number[], string> | null = null;

  constructor() {
    afterRenderEffect(() => {
      const labels = [...this.labels()];
      const values = [...this.values()];
      const seriesName = this.seriesName();
      const canvas = this.canvas().nativeElement;
      untracked(() => this.render(canvas, labels, values, seriesName));
    });
    inject(DestroyRef).onDestroy(() => {
      this.chart?.destroy();
      this.chart = null;
    });
  }

  private render(
    canvas: HTMLCanvasElement,
    labels: string[],
    values: number[],
    seriesName: string,
  ): void {
    if (this.chart) {
      this.chart.data.labels = labels;
      this.chart.data.datasets[0].data = values;
      this.chart.data.datasets[0].label = seriesName;
      this.chart.update();
      return;
    }
    this.chart = new Chart(canvas, barChartConfig(labels, values, seriesName));
  }
}

function barChartConfig(
  labels: string[],
  values: number[],
  seriesName: string,
): ChartConfiguration<'bar', number[], string> {
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: seriesName,
          data: values,
          backgroundColor: CHART_COLORS.bar,
          hoverBackgroundColor: CHART_COLORS.barHover,
          borderRadius: 4,
          maxBarThickness: 56,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: prefersReducedMotion() ? false : { duration: 250 },
      plugins: {
        tooltip: {
          callbacks: { label: (item) => `${seriesName}: ${formatCount(item.parsed.y ?? 0)}` },
        },
      },
      scales: {
        x: { grid: { display: false }, ticks: { color: CHART_COLORS.text } },
        y: {
          beginAtZero: true,
          grid: { color: CHART_COLORS.grid },
          ticks: {
            color: CHART_COLORS.text,
            precision: 0,
            callback: (value) => formatCount(Number(value)),
          },
        },
      },
    },
  };
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
