import { chartImage, wrapped } from './chart-image';

/** A 2D context that records what is drawn; each character is 10 px wide. */
function recordingContext() {
  return {
    font: '',
    fillStyle: '',
    textBaseline: '',
    measureText: (text: string) => ({ width: text.length * 10 }),
    fillRect: jest.fn(),
    fillText: jest.fn(),
    drawImage: jest.fn(),
  };
}

describe('chartImage', () => {
  function aChart(): HTMLCanvasElement {
    const chart = document.createElement('canvas');
    chart.width = 280;
    chart.height = 200;
    return chart;
  }

  it('draws the chart on white under its title and notes, and gives a PNG', async () => {
    const context = recordingContext();
    const png = new Blob(['png'], { type: 'image/png' });
    jest
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockReturnValue(context as unknown as CanvasRenderingContext2D);
    const toBlob = jest
      .spyOn(HTMLCanvasElement.prototype, 'toBlob')
      .mockImplementation((callback) => callback(png));
    const chart = aChart();

    const image = await chartImage(
      chart,
      { title: 'Users by sex, 2020', notes: ['Not drawn, because hidden: Men (<5).'] },
      document,
    );

    expect(image).toBe(png);
    expect(toBlob).toHaveBeenCalledWith(expect.any(Function), 'image/png');
    expect(context.fillRect).toHaveBeenCalledWith(0, 0, 328, expect.any(Number));
    expect(context.fillText.mock.calls.map(([line]: [string]) => line)).toEqual([
      'Users by sex, 2020',
      'Not drawn, because hidden:',
      'Men (<5).',
    ]);
    const [drawn, x, y] = context.drawImage.mock.calls[0] as [HTMLCanvasElement, number, number];
    expect(drawn).toBe(chart);
    expect(x).toBe(24);
    // Below the title and the notes.
    expect(y).toBeGreaterThan(24 + 18 + 2 * 13);
  });

  it('fails with a reason when the browser cannot draw or makes no image', async () => {
    const getContext = jest.spyOn(HTMLCanvasElement.prototype, 'getContext');
    getContext.mockReturnValue(null);
    await expect(chartImage(aChart(), { title: 't', notes: [] }, document)).rejects.toThrow(
      'this browser cannot draw on a canvas',
    );

    getContext.mockReturnValue(recordingContext() as unknown as CanvasRenderingContext2D);
    jest
      .spyOn(HTMLCanvasElement.prototype, 'toBlob')
      .mockImplementation((callback) => callback(null));
    await expect(chartImage(aChart(), { title: 't', notes: [] }, document)).rejects.toThrow(
      'the browser made no image',
    );
  });
});

describe('wrapped', () => {
  const measure = { measureText: (text: string) => ({ width: text.length }) } as Pick<
    CanvasRenderingContext2D,
    'measureText'
  >;

  it('packs words into lines no wider than the width, keeping a long word whole', () => {
    expect(wrapped(measure, 'one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapped(measure, 'incomprehensibilities', 5)).toEqual(['incomprehensibilities']);
    expect(wrapped(measure, '   ', 5)).toEqual([]);
  });
});
