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
import { yearPeriod } from '../../../core/api/period';
import { FileSaverService } from '../../../core/files/file-saver.service';

@Component({
  selector: 'fita-excel-download-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- aria-disabled rather than disabled while busy: a disabled button would drop keyboard focus. -->
    <button
      type="button"
      class="button"
      data-testid="download-xlsx"
      [disabled]="year() === null"
      [attr.aria-disabled]="busy()"
      (click)="download()"
    >
      {{ busy() ? 'Preparing Excel…' : 'Download Excel' }}
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
  readonly year = input.required<number | null>();

  private readonly exports = inject(ExportsService);
  private readonly fileSaver = inject(FileSaverService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly busy = signal(false);
  protected readonly status = signal('');
  protected readonly error = signal<string | null>(null);

  protected download(): void {
    const year = this.year();
    if (year === null || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.status.set(`Preparing the Excel file for ${year}.`);
    this.exports
      .downloadIndicators(yearPeriod(year))
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (file) => {
          const filename = file.filename ?? `fita-indicators-${year}.xlsx`;
          this.fileSaver.save(file.blob, filename);
          this.status.set(`Downloaded ${filename}.`);
        },
        error: (error: unknown) => {
          this.status.set('');
          this.error.set(`The Excel file could not be downloaded. ${describeApiError(error)}`);
        },
      });
  }
}
