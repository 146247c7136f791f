import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { finalize } from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';
import { ExportsService } from '../../../core/api/exports.service';
import { type FiguresQuery } from '../../../core/api/indicator-figures.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { FileSaverService } from '../../../core/files/file-saver.service';

/** The indicator workbook of the question on screen: the same period and filters. */
@Component({
  selector: 'fita-excel-download-button',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- aria-disabled rather than disabled while busy: a disabled button would drop keyboard focus. -->
    <button
      type="button"
      class="button"
      data-testid="download-xlsx"
      [disabled]="query() === null"
      [attr.aria-disabled]="busy()"
      (click)="download()"
    >
      {{ (busy() ? 'overview.download.preparing' : 'overview.download.button') | t }}
    </button>
    <span role="status" class="visually-hidden">{{ status() }}</span>
    @if (error(); as message) {
      <p class="field-error" role="alert">{{ message }}</p>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-direction: column;
      align-items: flex-end;
      gap: 0.25rem;
    }
    .field-error {
      margin: 0;
      max-width: 20rem;
    }
  `,
})
export class ExcelDownloadButtonComponent {
  /** Null while the question is still being settled. */
  readonly query = input.required<FiguresQuery | null>();
  /** The question in words, for the status message. */
  readonly question = input.required<string | null>();

  private readonly exports = inject(ExportsService);
  private readonly fileSaver = inject(FileSaverService);
  private readonly translator = inject(Translator);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly busy = signal(false);
  protected readonly status = signal('');
  protected readonly error = signal<string | null>(null);

  protected download(): void {
    const query = this.query();
    if (query === null || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.status.set(
      this.translator.t('overview.download.status', {
        question: this.question() ?? `${query.from} – ${query.to}`,
      }),
    );
    // The export takes the indicator API's parameters, filters included.
    this.exports
      .downloadIndicators(query)
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (file) => {
          const filename = file.filename ?? `fita-indicators-${query.from}_${query.to}.xlsx`;
          this.fileSaver.save(file.blob, filename);
          this.status.set(this.translator.t('overview.download.done', { filename }));
        },
        error: (error: unknown) => {
          this.status.set('');
          this.error.set(
            this.translator.t('overview.download.error', { reason: describeApiError(error) }),
          );
        },
      });
  }
}
