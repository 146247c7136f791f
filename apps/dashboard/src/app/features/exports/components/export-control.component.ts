import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { type Subscription } from 'rxjs';
import {
  type ExportFormat,
  type ExportKind,
  type ExportRequest,
} from '../../../core/api/exports.model';
import { ExportsService } from '../../../core/api/exports.service';
import {
  SAVE_IDLE,
  SAVE_SAVED,
  SAVE_SAVING,
  type SaveState,
  fieldErrorIn,
  saveFailed,
} from '../../../core/api/save-state';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../../../core/i18n/language';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { ChoiceGroupComponent } from '../../../shared/controls/choice-group.component';
import { EXPORT_TABLES, kindName, tableName } from '../data/export-description';

let nextId = 0;

/**
 * Asks for an export of one kind (issue 8): an Excel workbook, or one of its
 * tables as CSV, with labels in a chosen language (the interface's by
 * default). The file is built in the background; once the request is
 * accepted the control says so and links to the exports page. Give it the
 * snapshot (ERDF, publication) or the query (manager) the export reads.
 */
@Component({
  selector: 'fita-export-control',
  imports: [ChoiceGroupComponent, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './export-control.component.html',
  styleUrl: './export-control.component.css',
})
export class ExportControlComponent {
  readonly kind = input.required<ExportKind>();
  readonly snapshotId = input<string | null>(null);
  /** Manager exports: the indicator query (`from`, `to` and the filters set). */
  readonly query = input<Readonly<Record<string, string>> | null>(null);
  /** Publication exports: the disclosure threshold shown with them. */
  readonly k = input<number | null>(null);
  /** ERDF exports for auditors and admins: offer the evidence sheet. */
  readonly allowEvidence = input(false);
  /** The id of each export this control asked for, once accepted. */
  readonly requested = output<string>();

  private readonly api = inject(ExportsService);
  private readonly translator = inject(Translator);

  protected readonly idPrefix = `export-control-${nextId++}`;
  protected readonly languages = LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));
  protected readonly formats = computed(() => [
    { id: 'xlsx', label: this.translator.t('exports.format.xlsx') },
    { id: 'csv', label: this.translator.t('exports.format.csv') },
  ]);
  protected readonly kindName = computed(() => kindName(this.kind()));
  protected readonly tables = computed(() =>
    EXPORT_TABLES[this.kind()]
      .filter((table) => table !== 'evidence' || this.allowEvidence())
      .map((id) => ({ id, label: tableName(id) })),
  );

  protected readonly format = signal<ExportFormat>('xlsx');
  private readonly chosenTable = signal<string | null>(null);
  protected readonly table = computed(() => this.chosenTable() ?? this.tables()[0]?.id ?? '');
  protected readonly language = signal(this.translator.language);
  protected readonly evidence = signal(false);

  private readonly stateSignal = signal<SaveState>(SAVE_IDLE);
  protected readonly state = this.stateSignal.asReadonly();
  protected readonly fieldError = (field: string) => fieldErrorIn(this.stateSignal(), field);
  private sending: Subscription | null = null;

  protected setFormat(id: string): void {
    this.format.set(id === 'csv' ? 'csv' : 'xlsx');
    this.stateSignal.set(SAVE_IDLE);
  }

  protected setTable(event: Event): void {
    this.chosenTable.set((event.target as HTMLSelectElement).value);
    this.stateSignal.set(SAVE_IDLE);
  }

  protected setLanguage(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isLanguage(value)) this.language.set(value);
    this.stateSignal.set(SAVE_IDLE);
  }

  protected setEvidence(event: Event): void {
    this.evidence.set((event.target as HTMLInputElement).checked);
    this.stateSignal.set(SAVE_IDLE);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.stateSignal().status === 'saving') return;
    this.stateSignal.set(SAVE_SAVING);
    this.sending?.unsubscribe();
    this.sending = this.api.create(this.request()).subscribe({
      next: ({ id }) => {
        this.stateSignal.set(SAVE_SAVED);
        this.requested.emit(id);
      },
      error: (error: unknown) => this.stateSignal.set(saveFailed(error)),
    });
  }

  /** The request as the API reads it: only the fields this kind and format use. */
  private request(): ExportRequest {
    const query = this.query();
    const snapshotId = this.snapshotId();
    const k = this.k();
    return {
      kind: this.kind(),
      format: this.format(),
      language: this.language(),
      ...(this.format() === 'csv' ? { table: this.table() } : {}),
      ...(snapshotId !== null ? { snapshotId } : {}),
      ...(query !== null ? { query } : {}),
      ...(k !== null ? { k } : {}),
      ...(this.allowEvidence() && this.format() === 'xlsx' && this.evidence()
        ? { evidence: true }
        : {}),
    };
  }
}
