import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { CountPipe } from '../../../shared/format/count.pipe';
import { formatCount } from '../../../shared/format/locale-format';
import { RatePipe } from '../../../shared/format/rate.pipe';
import { type ImportState } from '../data/import-state';
import { ImportErrorsTableComponent } from './import-errors-table.component';

/** One import: its file format, a file picker, the upload's progress and its outcome. */
@Component({
  selector: 'fita-import-card',
  imports: [CountPipe, ImportErrorsTableComponent, RatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-card.component.html',
  styleUrl: './import-card.component.css',
})
export class ImportCardComponent {
  /** Prefix of element ids and test ids, e.g. "learners". */
  readonly name = input.required<string>();
  readonly heading = input.required<string>();
  readonly description = input.required<string>();
  readonly columns = input.required<readonly string[]>();
  readonly state = input.required<ImportState>();
  readonly importFile = output<File>();

  private readonly translator = inject(Translator);

  protected readonly file = signal<File | null>(null);
  protected readonly busy = computed(() => {
    const status = this.state().status;
    return status === 'uploading' || status === 'checking';
  });
  /** The chosen file's name, for the progress messages. */
  protected readonly fileName = computed(
    () => this.file()?.name ?? this.translator.t('imports.theFile'),
  );
  /** Announced by the status region: the stages, not every percent. */
  protected readonly announcement = computed(() => {
    const state = this.state();
    switch (state.status) {
      case 'uploading':
        return this.translator.t('imports.uploadingFile', { file: this.fileName() });
      case 'checking':
        return this.translator.t('imports.checking');
      case 'applied':
        return this.translator.t('imports.appliedAnnouncement', { n: formatCount(state.applied) });
      default:
        return '';
    }
  });

  protected onFileChange(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.item(0) ?? null);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const file = this.file();
    if (file && !this.busy()) this.importFile.emit(file);
  }
}
