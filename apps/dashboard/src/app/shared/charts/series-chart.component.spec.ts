import { TestBed } from '@angular/core/testing';
import { Chart } from 'chart.js';
import { type ChartSeries, SeriesChartComponent } from './series-chart.component';
import { SERIES_STYLES } from './series-palette';

// jsdom cannot draw on a canvas, so chart.js's Chart class is replaced by a
// recorder; the component's registration and lifecycle stay real.
jest.mock('chart.js', () => {
  class RecordingChart {
    static readonly instances: RecordingChart[] = [];
    static readonly register = jest.fn();
    readonly update = jest.fn();
    readonly destroy = jest.fn();
    data: unknown;
    options: unknown;
    readonly type: string;

    constructor(
      readonly canvas: HTMLCanvasElement,
      config: { type: string; data: unknown; options: unknown },
    ) {
      this.type = config.type;
      this.data = config.data;
      this.options = config.options;
      RecordingChart.instances.push(this);
    }
  }
  return { ...jest.requireActual('chart.js'), Chart: RecordingChart };
});

interface RecordedDataset {
  label: string;
  data: number[];
  borderColor?: string;
  borderDash?: number[];
  pointStyle?: string;
  backgroundColor?: string | string[];
}

interface RecordingChart {
  readonly canvas: HTMLCanvasElement;
  readonly type: string;
  readonly data: { labels: string[]; datasets: RecordedDataset[] };
  readonly options: {
    indexAxis: string;
    plugins: {
      legend: { display: boolean };
      tooltip: { callbacks: { label(item: unknown): string } };
    };
  };
  readonly update: jest.Mock;
  readonly destroy: jest.Mock;
}

const FakeChart = Chart as unknown as { instances: RecordingChart[]; register: jest.Mock };
const created = FakeChart.instances;

const TWO_SERIES: ChartSeries[] = [
  { name: 'Users', values: [2, 5] },
  { name: 'Enrolments', values: [4, 9] },
];

describe('SeriesChartComponent', () => {
  beforeEach(() => (created.length = 0));

  function createChart(kind: 'line' | 'bar', series: readonly ChartSeries[] = TWO_SERIES) {
    const fixture = TestBed.createComponent(SeriesChartComponent);
    fixture.componentRef.setInput('kind', kind);
    fixture.componentRef.setInput('labels', ['2020', '2021']);
    fixture.componentRef.setInput('series', series);
    fixture.componentRef.setInput('label', 'Figures per year');
    fixture.detectChanges();
    return fixture;
  }

  it('registers the line and bar parts of chart.js with a legend', () => {
    const registered = FakeChart.register.mock.calls.flat().map((part: { id: string }) => part.id);

    expect(registered).toEqual(
      expect.arrayContaining(['line', 'bar', 'point', 'category', 'linear', 'tooltip', 'legend']),
    );
  });

  it('draws each series as a line told apart by colour, point shape and dash', () => {
    const fixture = createChart('line');

    const canvas = fixture.nativeElement.querySelector('canvas') as HTMLCanvasElement;
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toBe('Figures per year');
    expect(created).toHaveLength(1);
    const [users, enrolments] = created[0].data.datasets;
    expect(created[0].data.labels).toEqual(['2020', '2021']);
    expect(users).toMatchObject({ label: 'Users', data: [2, 5] });
    expect(enrolments).toMatchObject({ label: 'Enrolments', data: [4, 9] });
    expect(users.borderColor).not.toBe(enrolments.borderColor);
    expect(users.pointStyle).not.toBe(enrolments.pointStyle);
    expect(users.borderDash).not.toEqual(enrolments.borderDash);
    expect(created[0].options.plugins.legend.display).toBe(true);
  });

  it('hides the legend of a single series and names it in the tooltip with the count formatted', () => {
    createChart('bar', [{ name: 'Users', values: [12_345, 5] }]);

    expect(created[0].options.plugins.legend.display).toBe(false);
    const label = created[0].options.plugins.tooltip.callbacks.label({
      dataset: { label: 'Users' },
      raw: 12_345,
    });
    expect(label).toBe(`Users: ${new Intl.NumberFormat().format(12_345)}`);
  });

  it('colours bars one by one when asked, such as an unknown cell in grey', () => {
    createChart('bar', [{ name: 'Users', values: [3, 1], barColors: ['#111111', '#6b7280'] }]);

    expect(created[0].data.datasets[0].backgroundColor).toEqual(['#111111', '#6b7280']);
  });

  it('updates the same chart when the data change, and draws a new one when the kind changes', () => {
    const fixture = createChart('line');

    fixture.componentRef.setInput('series', [{ name: 'Users', values: [3, 8] }]);
    fixture.detectChanges();
    expect(created).toHaveLength(1);
    expect(created[0].data.datasets.map((set) => set.data)).toEqual([[3, 8]]);
    expect(created[0].update).toHaveBeenCalledTimes(1);

    fixture.componentRef.setInput('horizontal', true);
    fixture.componentRef.setInput('kind', 'bar');
    fixture.detectChanges();
    expect(created[0].destroy).toHaveBeenCalledTimes(1);
    expect(created).toHaveLength(2);
    expect(created[1].type).toBe('bar');
    expect(created[1].options.indexAxis).toBe('y');
  });

  it('uses the palette in order, so a series keeps its colour from chart to chart', () => {
    createChart('bar');

    expect(created[0].data.datasets.map((set) => set.backgroundColor)).toEqual([
      SERIES_STYLES[0].color,
      SERIES_STYLES[1].color,
    ]);
  });

  it('destroys the chart with the component', () => {
    const fixture = createChart('line');

    fixture.destroy();

    expect(created[0].destroy).toHaveBeenCalledTimes(1);
  });
});
