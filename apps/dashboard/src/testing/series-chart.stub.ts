import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  type ChartSeries,
  SeriesChartComponent,
} from '../app/shared/charts/series-chart.component';

/** jsdom has no canvas: pages show what they would draw as text; the chart has its own spec. */
@Component({
  selector: 'fita-series-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div data-testid="chart-stub" [attr.aria-label]="label()">
      {{ kind() }}|{{ labels().join(',') }}
      @for (item of series(); track item.name) {
        |{{ item.name }}:{{ item.values.join(',') }}
      }
    </div>
  `,
})
export class SeriesChartStubComponent {
  readonly kind = input.required<'line' | 'bar'>();
  readonly labels = input.required<readonly string[]>();
  readonly series = input.required<readonly ChartSeries[]>();
  readonly label = input.required<string>();
  readonly horizontal = input(false);
}

/** Replaces the chart in each component that draws one. */
export function stubSeriesCharts(...components: Type<unknown>[]): void {
  for (const component of components) {
    TestBed.overrideComponent(component, {
      remove: { imports: [SeriesChartComponent] },
      add: { imports: [SeriesChartStubComponent] },
    });
  }
}

/** The stub's text, whitespace collapsed: "line|Jan,Feb|2019:1,2|2020:3,4". */
export function chartText(root: HTMLElement, testId = 'chart-stub'): string {
  const element = root.querySelector(`[data-testid="${testId}"]`);
  return element?.textContent?.replace(/\s+/g, '') ?? '';
}
