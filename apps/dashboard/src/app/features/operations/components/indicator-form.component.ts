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
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  AGGREGATION_RULES,
  type AggregationRule,
  INDICATOR_TYPES,
  type IndicatorDefinition,
  type IndicatorType,
} from '../../../core/api/operations.model';
import { type SaveState, fieldErrorIn } from '../../../core/api/save-state';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import {
  AGGREGATION_RULE_LABELS,
  INDICATOR_FIELD_LABELS,
  INDICATOR_TYPE_LABELS,
} from '../data/operation-labels';

/** The API's rule for codes, checked after trimming and writing in capitals. */
const CODE = /^[A-Z0-9][A-Z0-9._-]*$/;

/** The form's controls, with the API's field path each one answers for. */
const FIELD_PATHS = {
  code: 'code',
  type: 'type',
  nameCa: 'names.ca',
  nameEs: 'names.es',
  nameEn: 'names.en',
  unit: 'unit',
  aggregationRule: 'aggregationRule',
  notes: 'notes',
} as const;
type Control = keyof typeof FIELD_PATHS;

/**
 * Adds an indicator to the catalogue or edits one (its code never changes).
 * Problems found here or by the API show next to their fields.
 */
@Component({
  selector: 'fita-indicator-form',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicator-form.component.html',
  styleUrl: './indicator-form.component.css',
})
export class IndicatorFormComponent {
  /** Prefix of element ids and test ids. */
  readonly idPrefix = input.required<string>();
  /** The indicator to edit; null for a new one. */
  readonly initial = input<IndicatorDefinition | null>(null);
  readonly state = input.required<SaveState>();
  readonly submitLabel = input.required<string>();
  readonly save = output<IndicatorDefinition>();
  readonly cancel = output<void>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly translator = inject(Translator);

  protected readonly types = INDICATOR_TYPES;
  protected readonly typeLabels = INDICATOR_TYPE_LABELS;
  protected readonly rules = AGGREGATION_RULES;
  protected readonly ruleLabels = AGGREGATION_RULE_LABELS;
  protected readonly labels = INDICATOR_FIELD_LABELS;
  protected readonly names = [
    { control: 'nameCa', path: 'names.ca', lang: 'ca' },
    { control: 'nameEs', path: 'names.es', lang: 'es' },
    { control: 'nameEn', path: 'names.en', lang: 'en' },
  ] as const;
  protected readonly submitted = signal(false);
  protected readonly saving = computed(() => this.state().status === 'saving');
  protected readonly editing = computed(() => this.initial() !== null);
  /** What to say above the form when the API refused it. */
  protected readonly failure = computed(() => {
    const state = this.state();
    if (state.status !== 'failed') return null;
    const fields = Object.keys(state.fieldErrors);
    const shown = new Set<string>(Object.values(FIELD_PATHS));
    const known = fields.filter((field) => shown.has(field));
    const other = fields.filter((field) => !shown.has(field));
    if (known.length === 0) {
      return this.translator.t('operations.indicatorForm.failed', { reason: state.message });
    }
    const rest = other.map((field) =>
      this.translator.t('operations.fieldProblem', {
        field: this.labels[field] ?? field,
        problem: state.fieldErrors[field] ?? '',
      }),
    );
    return [this.translator.t('operations.indicatorForm.failedFields'), ...rest].join(' ');
  });

  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: ['', Validators.required],
    type: ['output' as IndicatorType, Validators.required],
    nameCa: ['', Validators.required],
    nameEs: ['', Validators.required],
    nameEn: ['', Validators.required],
    unit: ['', Validators.required],
    aggregationRule: ['manual' as AggregationRule, Validators.required],
    notes: [''],
  });

  constructor() {
    // The form opens on demand, often below the fold: take the user there.
    afterNextRender(() =>
      this.host.nativeElement.querySelector<HTMLElement>('input, select')?.focus(),
    );
    // Another indicator may be chosen while the form is open.
    effect(() => {
      const initial = this.initial();
      if (initial) untracked(() => this.fill(initial));
    });
  }

  private fill(initial: IndicatorDefinition): void {
    this.submitted.set(false);
    this.form.reset();
    this.form.setValue({
      code: initial.code,
      type: initial.type,
      nameCa: initial.names.ca,
      nameEs: initial.names.es,
      nameEn: initial.names.en,
      unit: initial.unit,
      aggregationRule: initial.aggregationRule,
      notes: initial.notes ?? '',
    });
  }

  protected fieldId(control: Control): string {
    return `${this.idPrefix()}-${control}`;
  }

  protected describedBy(control: Control, hint: boolean, error: boolean): string | null {
    const ids = [
      hint ? `${this.fieldId(control)}-hint` : null,
      error ? `${this.fieldId(control)}-error` : null,
    ];
    return ids.filter((id) => id !== null).join(' ') || null;
  }

  /** This field's problem: found here (once the user has been there or submitted), else the API's. */
  protected errorOf(control: Control): string | null {
    const { value, invalid, touched } = this.form.controls[control];
    if (touched || this.submitted()) {
      if (invalid) return this.translator.t('operations.problem.required');
      if (control === 'code' && !this.editing() && !CODE.test(value.trim().toUpperCase())) {
        return this.translator.t('operations.indicatorForm.codeProblem');
      }
    }
    return fieldErrorIn(this.state(), FIELD_PATHS[control]);
  }

  /** A problem of the names as a whole, such as none given. */
  protected namesError(): string | null {
    return fieldErrorIn(this.state(), 'names');
  }

  protected submit(): void {
    if (this.saving()) return;
    this.submitted.set(true);
    const value = this.form.getRawValue();
    const code = this.editing() ? value.code : value.code.trim().toUpperCase();
    if (this.form.invalid || !CODE.test(code)) {
      this.form.markAllAsTouched();
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        { injector: this.injector },
      );
      return;
    }
    const notes = value.notes.trim();
    this.save.emit({
      code,
      type: value.type,
      names: { ca: value.nameCa.trim(), es: value.nameEs.trim(), en: value.nameEn.trim() },
      unit: value.unit.trim(),
      aggregationRule: value.aggregationRule,
      notes: notes || null,
    });
  }
}
