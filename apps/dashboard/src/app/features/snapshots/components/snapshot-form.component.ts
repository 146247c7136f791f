import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  type OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import {
  AGE_SCHEMES,
  type AgeScheme,
  FORMAT_FILTERS,
  type FormatFilter,
} from '../../../core/api/indicator-figures.model';
import { type SaveState, fieldErrorIn } from '../../../core/api/save-state';
import { type NewSnapshot, type SnapshotQuery } from '../../../core/api/snapshots.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { NOW } from '../../../core/time/now.token';
import { cellLabel } from '../data/snapshot-values';
import {
  type SnapshotField,
  SNAPSHOT_FIELDS,
  type SnapshotFormValue,
  localDateTime,
  problemOf,
  requestOf,
} from '../data/snapshot-form';

/**
 * The question a snapshot freezes (period, course filters, age bands) and its
 * cut-off; for a correction, also why. Checks what it can before sending, and
 * shows the API's problems next to the fields they concern.
 */
@Component({
  selector: 'fita-snapshot-form',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './snapshot-form.component.html',
  styleUrl: './snapshot-form.component.css',
})
export class SnapshotFormComponent implements OnInit {
  /** Prefix of element ids and test ids. */
  readonly idPrefix = input.required<string>();
  readonly state = input.required<SaveState>();
  readonly submitLabel = input.required<string>();
  /** The question to start from: a correction starts from the snapshot it corrects. */
  readonly initial = input<SnapshotQuery | null>(null);
  /** A correction says why the earlier snapshot is wrong. */
  readonly withReason = input(false);
  readonly request = output<NewSnapshot>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly translator = inject(Translator);
  private readonly now = inject(NOW);

  protected readonly formats = FORMAT_FILTERS.map((format) => ({
    id: format,
    label: cellLabel('format', format),
  }));
  protected readonly submitted = signal(false);
  protected readonly sending = computed(() => this.state().status === 'saving');
  /** Local datetime of now: the latest cut-off the picker offers. */
  protected readonly latestCutoff = localDateTime(this.now());

  protected readonly failure = computed(() => {
    const state = this.state();
    if (state.status !== 'failed') return null;
    const marked = Object.keys(state.fieldErrors).some((field) =>
      (SNAPSHOT_FIELDS as readonly string[]).includes(field),
    );
    return marked
      ? this.translator.t('snapshots.form.failedFields')
      : this.translator.t('snapshots.form.failed', { message: state.message });
  });

  private readonly builder = inject(FormBuilder).nonNullable;
  protected readonly form = this.builder.group({
    from: '',
    to: '',
    programme: '',
    format: this.builder.control<FormatFilter | ''>(''),
    course: '',
    ageScheme: this.builder.control<AgeScheme>('esf2014'),
    ageBands: '',
    cutoff: '',
    reason: '',
  });

  ngOnInit(): void {
    const lastYear = this.now().getFullYear() - 1;
    const initial = this.initial();
    this.form.reset({
      from: initial?.from ?? `${lastYear}-01-01`,
      to: initial?.to ?? `${lastYear}-12-31`,
      programme: initial?.programme ?? '',
      format: FORMAT_FILTERS.find((format) => format === initial?.format) ?? '',
      course: initial?.course ?? '',
      ageScheme: AGE_SCHEMES.find((scheme) => scheme === initial?.ageScheme) ?? 'esf2014',
      ageBands: initial?.ageBands ?? '',
      cutoff: this.latestCutoff,
      reason: '',
    });
  }

  protected fieldId(field: SnapshotField): string {
    return `${this.idPrefix()}-${field}`;
  }

  /** What to show under a field: its own problem once touched, else the API's. */
  protected errorOf(field: SnapshotField): string | null {
    const control = this.form.controls[field];
    const local =
      control.touched || this.submitted() ? problemOf(field, this.value(), this.now()) : null;
    if (local !== null) return this.translator.t(local);
    const remote = fieldErrorIn(this.state(), field);
    return remote === null
      ? null
      : this.translator.t('snapshots.form.error.api', { message: remote });
  }

  protected describedBy(
    field: SnapshotField,
    options: { hint?: boolean; error: boolean },
  ): string | null {
    const id = this.fieldId(field);
    const ids = [options.hint ? `${id}-hint` : null, options.error ? `${id}-error` : null];
    return ids.filter((part) => part !== null).join(' ') || null;
  }

  protected isCustom(): boolean {
    return this.form.controls.ageScheme.value === 'custom';
  }

  protected submit(): void {
    if (this.sending()) return;
    this.submitted.set(true);
    this.form.markAllAsTouched();
    const value = this.value();
    const now = this.now();
    if (SNAPSHOT_FIELDS.some((field) => problemOf(field, value, now) !== null)) {
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        { injector: this.injector },
      );
      return;
    }
    this.request.emit(requestOf(value));
  }

  private value(): SnapshotFormValue {
    return { ...this.form.getRawValue(), withReason: this.withReason() };
  }
}
