import { TestBed } from '@angular/core/testing';
import { Chart } from 'chart.js';
import { BarChartComponent } from './bar-chart.component';

// jsdom cannot draw on a canvas, so chart.js's Chart class is replaced by a
// recorder; the component's registration and lifecycle stay real.
jest.mock('chart.js', () => {
  class RecordingChart {
    static readonly instances: RecordingChart[] = [];
    static readonly register = jest.fn();
    readonly update = jest.fn();
    readonly destroy = jest.fn();
    readonly data: unknown;

    constructor(
      readonly canvas: HTMLCanvasElement,
      config: { data: unknown },
    ) {
      this.data = config.data;
      RecordingChart.instances.push(this);
    }
  }
  return { ...jest.requireActual('chart.js'), Chart: RecordingChart };
});

interface RecordingChart {
  readonly canvas: HTMLCanvasElement;
  readonly data: { labels: string[]; datasets: { label: string; data: number[] }[] };
  readonly update: jest.Mock;
  readonly destroy: jest.Mock;
}

const FakeChart = Chart as unknown as { instances: RecordingChart[]; register: jest.Mock };
const created = FakeChart.instances;

describe('BarChartComponent', () => {
  beforeEach(() => (created.length = 0));

  function createChart() {
    const fixture = TestBed.createComponent(BarChartComponent);
    fixture.componentRef.setInput('labels', ['2020', '2021']);
    fixture.componentRef.setInput('values', [2, 5]);
    fixture.componentRef.setInput('seriesName', 'Users');
    fixture.componentRef.setInput('label', 'Users per year');
    fixture.detectChanges();
    return fixture;
  }

  it('registers only the bar chart parts of chart.js', () => {
    const registered = FakeChart.register.mock.calls.flat().map((part: { id: string }) => part.id);

    expect(registered.sort()).toEqual(['bar', 'bar', 'category', 'linear', 'tooltip'].sort());
  });

  it('draws the series on a labelled canvas', () => {
    const fixture = createChart();

    const canvas = fixture.nativeElement.querySelector('canvas') as HTMLCanvasElement;
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toBe('Users per year');
    expect(created).toHaveLength(1);
    expect(created[0].canvas).toBe(canvas);
    expect(created[0].data.labels).toEqual(['2020', '2021']);
    expect(created[0].data.datasets[0]).toMatchObject({ label: 'Users', data: [2, 5] });
  });

  it('updates the same chart when the data change', () => {
    const fixture = createChart();

    fixture.componentRef.setInput('values', [3, 8]);
    fixture.detectChanges();

    expect(created).toHaveLength(1);
    expect(created[0].data.datasets[0].data).toEqual([3, 8]);
    expect(created[0].update).toHaveBeenCalledTimes(1);
  });

  it('destroys the chart with the component', () => {
    const fixture = createChart();

    fixture.destroy();

    expect(created[0].destroy).toHaveBeenCalledTimes(1);
  });
});
