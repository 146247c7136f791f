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
  type IndicatorDefinition,
  type IndicatorTargets,
  type OperationIndicator,
  type ValueInYear,
} from '../../../core/api/operations.model';
import { type SaveState, fieldErrorIn } from '../../../core/api/save-state';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { LocalTextPipe } from '../../../shared/format/local-text.pipe';
import {
  DECIMAL_INPUT,
  DECIMAL_INPUT_PROBLEM,
  YEAR_INPUT,
  YEAR_INPUT_PROBLEM,
  decimalForApi,
} from '../data/decimal-input';
import { failureText } from '../data/failure-text';
import { TARGET_LABELS, TARGET_PART_LABELS } from '../data/operation-labels';

type TargetKind = keyof IndicatorTargets;
type TargetPart = 'value' | 'year';

/** What the form gives: the indicator and the whole of its link (a value left out is cleared). */
export interface IndicatorLink {
  readonly code: string;
  readonly targets: IndicatorTargets;
}

const TARGET_KINDS: readonly TargetKind[] = ['baseline', 'milestone', 'target'];

/**
 * Links a catalogue indicator to the operation with its baseline, milestone
 * and target, or edits them. Each is a value and the year it refers to, or
 * neither.
 */
@Component({
  selector: 'fita-indicator-link-form',
  imports: [LocalTextPipe, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicator-link-form.component.html',
  styleUrl: './indicator-link-form.component.css',
})
export class IndicatorLinkFormComponent {
  /** The link to edit; null to link a new indicator, chosen from `choices`. */
  readonly linked = input<OperationIndicator | null>(null);
  /** The catalogue indicators the operation does not report yet. */
  readonly choices = input<readonly IndicatorDefinition[]>([]);
  readonly state = input.required<SaveState>();
  readonly save = output<IndicatorLink>();
  readonly cancel = output<void>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly translator = inject(Translator);

  protected readonly kinds = TARGET_KINDS;
  protected readonly kindLabels = TARGET_LABELS;
  protected readonly partLabels = TARGET_PART_LABELS;
  protected readonly parts: readonly TargetPart[] = ['value', 'year'];
  protected readonly submitted = signal(false);
  protected readonly saving = computed(() => this.state().status === 'saving');
  protected readonly failure = computed(() =>
    failureText(
      this.state(),
      this.translator.t('operations.indicatorForm.failedFields'),
      (reason) => this.translator.t('operations.link.failed', { reason }),
    ),
  );

  private readonly builder = inject(FormBuilder).nonNullable;
  protected readonly form = this.builder.group({
    code: ['', Validators.required],
    baseline: this.pair(),
    milestone: this.pair(),
    target: this.pair(),
  });

  constructor() {
    // The form opens on demand: take the user there.
    afterNextRender(() =>
      this.host.nativeElement.querySelector<HTMLElement>('input, select')?.focus(),
    );
    // Another link may be chosen for editing while the form is open.
    effect(() => {
      const linked = this.linked();
      if (linked) untracked(() => this.fill(linked));
    });
  }

  private fill(linked: OperationIndicator): void {
    this.submitted.set(false);
    this.form.reset();
    this.form.setValue({
      code: linked.code,
      baseline: typed(linked.baseline),
      milestone: typed(linked.milestone),
      target: typed(linked.target),
    });
  }

  protected fieldId(kind: TargetKind, part: TargetPart): string {
    return `link-indicator-${kind}-${part}`;
  }

  protected codeError(): string | null {
    const control = this.form.controls.code;
    if (control.invalid && (control.touched || this.submitted())) {
      return this.translator.t('operations.problem.required');
    }
    return fieldErrorIn(this.state(), 'code');
  }

  /** A problem of the value or the year: found here once touched or submitted, else the API's. */
  protected errorOf(kind: TargetKind, part: TargetPart): string | null {
    const control = this.form.controls[kind].controls[part];
    const local = control.touched || this.submitted() ? this.problemOf(kind, part) : null;
    return local ?? fieldErrorIn(this.state(), `${kind}.${part}`);
  }

  /** The API's problem with a baseline, milestone or target as a whole. */
  protected pairError(kind: TargetKind): string | null {
    return fieldErrorIn(this.state(), kind);
  }

  protected describedBy(kind: TargetKind, part: TargetPart, error: boolean): string | null {
    const ids = [
      this.pairError(kind) ? `link-indicator-${kind}-error` : null,
      error ? `${this.fieldId(kind, part)}-error` : null,
    ];
    return ids.filter((id) => id !== null).join(' ') || null;
  }

  protected submit(): void {
    if (this.saving()) return;
    this.submitted.set(true);
    this.form.markAllAsTouched();
    const problems = TARGET_KINDS.some(
      (kind) => this.problemOf(kind, 'value') !== null || this.problemOf(kind, 'year') !== null,
    );
    if (this.form.invalid || problems) {
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        { injector: this.injector },
      );
      return;
    }
    const value = this.form.getRawValue();
    this.save.emit({
      code: value.code,
      targets: {
        baseline: valueInYear(value.baseline),
        milestone: valueInYear(value.milestone),
        target: valueInYear(value.target),
      },
    });
  }

  /** Both or neither of value and year, each well written. */
  private problemOf(kind: TargetKind, part: TargetPart): string | null {
    const pair = this.form.controls[kind];
    const { value, year } = pair.getRawValue();
    const own = part === 'value' ? value.trim() : year.trim();
    const other = part === 'value' ? year.trim() : value.trim();
    if (own === '' && other !== '') {
      return part === 'value'
        ? this.translator.t('operations.link.valueWithoutYear')
        : this.translator.t('operations.link.yearWithoutValue');
    }
    if (own !== '' && pair.controls[part].invalid) {
      return part === 'value' ? DECIMAL_INPUT_PROBLEM : YEAR_INPUT_PROBLEM;
    }
    return null;
  }

  private pair() {
    return this.builder.group({
      value: ['', Validators.pattern(DECIMAL_INPUT)],
      year: ['', Validators.pattern(YEAR_INPUT)],
    });
  }
}

function typed(pair: ValueInYear | null): { value: string; year: string } {
  return pair ? { value: pair.value, year: String(pair.year) } : { value: '', year: '' };
}

function valueInYear(pair: { value: string; year: string }): ValueInYear | null {
  if (pair.value.trim() === '' && pair.year.trim() === '') return null;
  return { value: decimalForApi(pair.value), year: Number(pair.year.trim()) };
}
