import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  type BySex,
  type NewManualValue,
  SEX_KEYS,
  type SexKey,
} from '../../../core/api/operations.model';
import { type SaveState, fieldErrorIn } from '../../../core/api/save-state';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { formatQuantity } from '../../../shared/format/locale-format';
import {
  DECIMAL_INPUT,
  DECIMAL_INPUT_PROBLEM,
  decimalForApi,
  hundredthsOf,
} from '../data/decimal-input';
import { failureText } from '../data/failure-text';
import { SEX_LABELS } from '../data/operation-labels';

type Field = 'asOf' | 'value' | 'source' | 'note';

/**
 * Enters a dated value of a `manual` indicator, with its source and, if known,
 * its split by sex: all four or none, adding up to the value.
 */
@Component({
  selector: 'fita-manual-value-form',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './manual-value-form.component.html',
  styleUrl: './manual-value-form.component.css',
})
export class ManualValueFormComponent {
  /** Prefix of element ids and test ids: a page may show several manual indicators. */
  readonly idPrefix = input.required<string>();
  /** The indicator's unit, such as institutions. */
  readonly unit = input.required<string>();
  readonly state = input.required<SaveState>();
  /** YYYY-MM-DD: a value is what was true on a date that has passed. */
  readonly today = input.required<string>();
  readonly save = output<NewManualValue>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly translator = inject(Translator);

  protected readonly sexKeys = SEX_KEYS;
  protected readonly sexLabels = SEX_LABELS;
  protected readonly submitted = signal(false);
  protected readonly saving = computed(() => this.state().status === 'saving');
  protected readonly failure = computed(() =>
    failureText(this.state(), this.translator.t('operations.manual.notRecordedFields'), (reason) =>
      this.translator.t('operations.manual.notRecorded', { reason }),
    ),
  );

  private readonly builder = inject(FormBuilder).nonNullable;
  protected readonly form = this.builder.group({
    asOf: ['', Validators.required],
    value: ['', [Validators.required, Validators.pattern(DECIMAL_INPUT)]],
    bySex: this.builder.group({
      woman: ['', Validators.pattern(DECIMAL_INPUT)],
      man: ['', Validators.pattern(DECIMAL_INPUT)],
      non_binary: ['', Validators.pattern(DECIMAL_INPUT)],
      unknown: ['', Validators.pattern(DECIMAL_INPUT)],
    }),
    source: ['', Validators.required],
    note: [''],
  });

  constructor() {
    // Ready for the next value.
    effect(() => {
      if (this.state().status !== 'saved') return;
      this.form.reset();
      this.submitted.set(false);
    });
  }

  protected fieldId(field: Field | SexKey): string {
    return `${this.idPrefix()}-${field}`;
  }

  protected errorOf(field: Field): string | null {
    const control = this.form.controls[field];
    const local = control.touched || this.submitted() ? this.problemOf(field) : null;
    return local ?? fieldErrorIn(this.state(), field);
  }

  protected sexError(key: SexKey): string | null {
    const control = this.form.controls.bySex.controls[key];
    const local = control.touched || this.submitted() ? this.sexProblemOf(key) : null;
    return local ?? fieldErrorIn(this.state(), `bySex.${key}`);
  }

  /** The split as a whole: it must add up to the value. Checked on submit, and by the API. */
  protected splitError(): string | null {
    const local = this.submitted() ? this.splitProblem() : null;
    return local ?? fieldErrorIn(this.state(), 'bySex');
  }

  protected describedBy(id: string, options: { hint?: boolean; error: boolean }): string | null {
    const ids = [options.hint ? `${id}-hint` : null, options.error ? `${id}-error` : null];
    return ids.filter((part) => part !== null).join(' ') || null;
  }

  /** Each of the four is described by the hint, the problem of the split and its own. */
  protected sexDescribedBy(key: SexKey, error: boolean, splitError: boolean): string {
    const ids = [
      `${this.idPrefix()}-by-sex-hint`,
      splitError ? `${this.idPrefix()}-by-sex-error` : null,
      error ? `${this.fieldId(key)}-error` : null,
    ];
    return ids.filter((id) => id !== null).join(' ');
  }

  protected submit(): void {
    if (this.saving()) return;
    this.submitted.set(true);
    this.form.markAllAsTouched();
    const fields: readonly Field[] = ['asOf', 'value', 'source', 'note'];
    const problems =
      fields.some((field) => this.problemOf(field) !== null) ||
      SEX_KEYS.some((key) => this.sexProblemOf(key) !== null) ||
      this.splitProblem() !== null;
    if (problems) {
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        { injector: this.injector },
      );
      return;
    }
    const value = this.form.getRawValue();
    const bySex = this.givenSplit();
    const note = value.note.trim();
    this.save.emit({
      asOf: value.asOf,
      value: decimalForApi(value.value),
      ...(bySex ? { bySex } : {}),
      source: value.source.trim(),
      ...(note ? { note } : {}),
    });
  }

  private problemOf(field: Field): string | null {
    const control = this.form.controls[field];
    const value = control.value.trim();
    const required = this.translator.t('operations.problem.required');
    if (field === 'source' && value === '') return required;
    if (control.hasError('required')) return required;
    if (field === 'value' && control.invalid) return DECIMAL_INPUT_PROBLEM;
    if (field === 'asOf' && value > this.today()) {
      return this.translator.t('operations.problem.afterToday');
    }
    return null;
  }

  /** Each of the four: well written, and given when any other is. */
  private sexProblemOf(key: SexKey): string | null {
    const split = this.form.controls.bySex;
    const own = split.controls[key];
    if (own.value.trim() === '') {
      const anyGiven = SEX_KEYS.some((other) => split.controls[other].value.trim() !== '');
      return anyGiven ? this.translator.t('operations.manual.splitPartMissing') : null;
    }
    return own.invalid ? DECIMAL_INPUT_PROBLEM : null;
  }

  private splitProblem(): string | null {
    const split = this.givenSplit();
    const value = this.form.controls.value;
    if (!split || value.invalid || SEX_KEYS.some((key) => this.sexProblemOf(key) !== null)) {
      return null;
    }
    const sum = SEX_KEYS.reduce((total, key) => total + hundredthsOf(split[key]), 0);
    const expected = hundredthsOf(value.value);
    if (sum === expected) return null;
    const written = (hundredths: number) =>
      formatQuantity(
        `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`,
      );
    return this.translator.t('operations.manual.splitSum', {
      sum: written(sum),
      value: written(expected),
    });
  }

  /** The four values as the API reads them, or null when none is given. */
  private givenSplit(): BySex | null {
    const split = this.form.controls.bySex.getRawValue();
    if (SEX_KEYS.every((key) => split[key].trim() === '')) return null;
    return {
      woman: decimalForApi(split.woman),
      man: decimalForApi(split.man),
      non_binary: decimalForApi(split.non_binary),
      unknown: decimalForApi(split.unknown),
    };
  }
}
