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
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  MONEY_KINDS,
  type MoneyKind,
  type NewMoneyFigure,
} from '../../../core/api/operations.model';
import { type SaveState, fieldErrorIn } from '../../../core/api/save-state';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { failureText } from '../data/failure-text';
import { MONEY_KIND_LABELS, isPercentKind } from '../data/operation-labels';

type FigureField = 'kind' | 'amount' | 'asOf' | 'source' | 'note';

/** Up to 12 digits and 2 decimals, with a point or a comma. */
const AMOUNT = /^\d{1,12}([.,]\d{1,2})?$/;

/** Records a dated money figure; a later date supersedes, the history keeps both. */
@Component({
  selector: 'fita-figure-form',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './figure-form.component.html',
  styleUrl: './figure-form.component.css',
})
export class FigureFormComponent {
  readonly state = input.required<SaveState>();
  /** YYYY-MM-DD: a figure is what was true on a date that has passed. */
  readonly today = input.required<string>();
  readonly save = output<NewMoneyFigure>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly translator = inject(Translator);

  protected readonly kinds = MONEY_KINDS;
  protected readonly kindLabels = MONEY_KIND_LABELS;
  protected readonly submitted = signal(false);
  protected readonly saving = computed(() => this.state().status === 'saving');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    kind: ['total_cost' as MoneyKind, Validators.required],
    amount: ['', [Validators.required, Validators.pattern(AMOUNT)]],
    asOf: ['', Validators.required],
    source: [''],
    note: [''],
  });
  private readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  protected readonly amountHint = computed(() =>
    isPercentKind(this.kind())
      ? this.translator.t('operations.figure.percentHint')
      : this.translator.t('operations.figure.euroHint'),
  );
  protected readonly failure = computed(() =>
    failureText(this.state(), this.translator.t('operations.figure.notRecordedFields'), (reason) =>
      this.translator.t('operations.figure.notRecorded', { reason }),
    ),
  );

  constructor() {
    // Ready for the next figure: same kind and date are common, the amount is not.
    effect(() => {
      if (this.state().status !== 'saved') return;
      this.form.patchValue({ amount: '', source: '', note: '' });
      this.form.markAsUntouched();
      this.submitted.set(false);
    });
  }

  protected errorOf(field: FigureField): string | null {
    const control = this.form.controls[field];
    if (control.invalid && (control.touched || this.submitted())) {
      if (control.hasError('required')) return this.translator.t('operations.problem.required');
      if (field === 'amount') return this.translator.t('operations.figure.amountProblem');
    }
    if (field === 'asOf' && control.value > this.today() && (control.touched || this.submitted())) {
      return this.translator.t('operations.problem.afterToday');
    }
    return fieldErrorIn(this.state(), field);
  }

  protected submit(): void {
    if (this.saving()) return;
    this.submitted.set(true);
    const value = this.form.getRawValue();
    if (this.form.invalid || value.asOf > this.today()) {
      this.form.markAllAsTouched();
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        { injector: this.injector },
      );
      return;
    }
    const source = value.source.trim();
    const note = value.note.trim();
    this.save.emit({
      kind: value.kind,
      amount: value.amount.replace(',', '.'),
      asOf: value.asOf,
      ...(source ? { source } : {}),
      ...(note ? { note } : {}),
    });
  }
}
