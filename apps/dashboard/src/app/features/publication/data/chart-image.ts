/** What the image says above the chart, so that it still makes sense once downloaded. */
export interface ChartImageText {
  readonly title: string;
  /** Source, k, cut-off, cells not drawn: one paragraph each, wrapped to the image width. */
  readonly notes: readonly string[];
}

const PADDING = 24;
const TITLE_FONT = 18;
const NOTE_FONT = 13;
const LINE_GAP = 1.4;
// The page's text colour on white, as the charts draw on the page (styles.css).
const TEXT_COLOR = '#1f2937';
const BACKGROUND = '#ffffff';
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/**
 * The chart on a white background under its title and notes, as a PNG. The
 * chart canvas itself is transparent and untitled, which reads badly once
 * pasted into a document. Sizes follow the canvas's pixel ratio, so the image
 * is as sharp as the chart on screen.
 */
export function chartImage(
  chart: HTMLCanvasElement,
  text: ChartImageText,
  document: Document,
): Promise<Blob> {
  const scale = chart.clientWidth > 0 ? chart.width / chart.clientWidth : 1;
  const image = document.createElement('canvas');
  const context = image.getContext('2d');
  if (!context) return Promise.reject(new Error('this browser cannot draw on a canvas'));

  const padding = PADDING * scale;
  const width = chart.width + 2 * padding;
  const titleFont = `bold ${TITLE_FONT * scale}px ${FONT_FAMILY}`;
  const noteFont = `${NOTE_FONT * scale}px ${FONT_FAMILY}`;
  context.font = titleFont;
  const titleLines = wrapped(context, text.title, chart.width);
  context.font = noteFont;
  const noteLines = text.notes.flatMap((note) => wrapped(context, note, chart.width));
  const titleHeight = titleLines.length * TITLE_FONT * LINE_GAP * scale;
  const notesHeight = noteLines.length * NOTE_FONT * LINE_GAP * scale;

  // Resizing a canvas resets its context, so the size is set before drawing.
  image.width = Math.ceil(width);
  image.height = Math.ceil(
    padding + titleHeight + notesHeight + padding / 2 + chart.height + padding,
  );
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, image.width, image.height);
  context.fillStyle = TEXT_COLOR;
  context.textBaseline = 'top';
  let y = padding;
  context.font = titleFont;
  for (const line of titleLines) {
    context.fillText(line, padding, y);
    y += TITLE_FONT * LINE_GAP * scale;
  }
  context.font = noteFont;
  for (const line of noteLines) {
    context.fillText(line, padding, y);
    y += NOTE_FONT * LINE_GAP * scale;
  }
  context.drawImage(chart, padding, y + padding / 2);

  return new Promise((resolve, reject) =>
    image.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser made no image'))),
      'image/png',
    ),
  );
}

/** Words greedily packed into lines no wider than `maxWidth`; a word too long stays whole. */
export function wrapped(
  context: Pick<CanvasRenderingContext2D, 'measureText'>,
  text: string,
  maxWidth: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && context.measureText(candidate).width > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
