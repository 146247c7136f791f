import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  type ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { type PublicationView } from '../../../core/api/publication.model';
import { FileSaverService } from '../../../core/files/file-saver.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { BarChartComponent } from '../../../shared/charts/bar-chart.component';
import { formatDateTime } from '../../../shared/format/locale-format';
import { chartFileName } from '../data/chart-file-name';
import { chartImage } from '../data/chart-image';
import { type PublishedRow, chartBars } from '../data/published-rows';
import { periodText } from '../data/snapshot-label';
import { CellValueComponent } from './cell-value.component';

/**
 * One published breakdown: a bar per count that may be drawn, hidden cells
 * named under it (never drawn as 0), the table of every cell, and the chart
 * as a PNG to download.
 */
@Component({
  selector: 'fita-published-breakdown',
  imports: [BarChartComponent, CellValueComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './published-breakdown.component.html',
  styleUrl: './published-breakdown.component.css',
})
export class PublishedBreakdownComponent {
  readonly rows = input.required<readonly PublishedRow[]>();
  /** `users`, `enrolments` or `completions`: names the file. */
  readonly figure = input.required<string>();
  readonly figureLabel = input.required<string>();
  /** `sex`, `ageBand`…: names the file. */
  readonly dimension = input.required<string>();
  readonly dimensionLabel = input.required<string>();
  readonly snapshot = input.required<PublicationView['snapshot']>();
  readonly k = input.required<number>();

  private readonly translator = inject(Translator);
  private readonly files = inject(FileSaverService);
  private readonly document = inject(DOCUMENT);
  private readonly chartBox = viewChild<ElementRef<HTMLElement>>('chartBox');

  protected readonly bars = computed(() => chartBars(this.rows()));
  protected readonly chartLabels = computed(() => this.bars().rows.map((row) => row.label));
  protected readonly chartValues = computed(() => this.bars().rows.map((row) => row.value));
  /** "Men (<5), Women (c)": what the chart leaves out, with the mark the table shows. */
  protected readonly hiddenCells = computed(() =>
    this.bars()
      .hidden.map((row) => `${row.label} (${String(row.value)})`)
      .join(', '),
  );
  /** Lower-case inside a phrase: "Users by age". */
  private readonly dimensionInPhrase = computed(() =>
    this.dimensionLabel().toLocaleLowerCase(this.translator.language),
  );
  protected readonly phrase = computed(() => ({
    figure: this.figureLabel(),
    dimension: this.dimensionInPhrase(),
  }));
  protected readonly headingId = computed(
    () => `publication-${this.figure()}-${this.dimension()}-title`,
  );

  protected readonly busy = signal(false);
  protected readonly downloadError = signal<string | null>(null);

  protected async download(): Promise<void> {
    const canvas = this.chartBox()?.nativeElement.querySelector('canvas');
    if (!canvas || this.busy()) return;
    this.busy.set(true);
    this.downloadError.set(null);
    try {
      const image = await chartImage(canvas, this.imageText(), this.document);
      this.files.save(
        image,
        chartFileName(this.snapshot(), this.figure(), this.dimension(), this.k()),
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.downloadError.set(this.translator.t('publication.download.error', { reason }));
    } finally {
      this.busy.set(false);
    }
  }

  /** Title, source and what is not drawn: the image travels without the page around it. */
  private imageText() {
    const snapshot = this.snapshot();
    const notes = [
      this.translator.t('publication.png.source', {
        k: this.k(),
        cutoff: formatDateTime(snapshot.cutoff),
        id: snapshot.id,
      }),
    ];
    if (this.hiddenCells() !== '') {
      notes.push(this.translator.t('publication.chart.hidden', { cells: this.hiddenCells() }));
    }
    return {
      title: this.translator.t('publication.png.title', {
        ...this.phrase(),
        period: periodText(snapshot.query),
      }),
      notes,
    };
  }
}
