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
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { FUNDS, type Fund, type OperationFields } from '../../../core/api/operations.model';
import { type SaveState, fieldErrorIn } from '../../../core/api/save-state';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator, textOf } from '../../../core/i18n/translator';
import { OPERATION_FIELD_LABELS } from '../data/operation-labels';
import { OPERATIONS_MESSAGES } from '../operations.messages';

type TextFieldKey = Exclude<keyof OperationFields, 'fund' | 'startDate' | 'endDate'>;

interface TextField {
  readonly key: TextFieldKey;
  readonly maxLength: number;
  readonly hint?: string;
}

/** In the order of the spec's identification block. */
const TEXT_FIELDS: readonly TextField[] = [
  {
    key: 'code',
    maxLength: 64,
    hint: textOf(OPERATIONS_MESSAGES, 'operations.field.codeHint'),
  },
  { key: 'name', maxLength: 300 },
  {
    key: 'programmeCci',
    maxLength: 15,
    hint: textOf(OPERATIONS_MESSAGES, 'operations.field.programmeCciHint'),
  },
  { key: 'programmeTitle', maxLength: 300 },
  { key: 'priorityAxis', maxLength: 300 },
  { key: 'specificObjective', maxLength: 300 },
  { key: 'beneficiary', maxLength: 300 },
];

/** Creates or edits the identification of an operation; errors of the API show next to their fields. */
@Component({
  selector: 'fita-operation-form',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './operation-form.component.html',
  styleUrl: './operation-form.component.css',
})
export class OperationFormComponent implements OnInit {
  /** Prefix of element ids, so that two forms could share a page. */
  readonly idPrefix = input.required<string>();
  /** The values to edit; null for a new operation. */
  readonly initial = input<OperationFields | null>(null);
  readonly state = input.required<SaveState>();
  readonly submitLabel = input.required<string>();
  readonly save = output<OperationFields>();
  readonly cancel = output<void>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly translator = inject(Translator);

  protected readonly textFields = TEXT_FIELDS;
  protected readonly funds = FUNDS;
  protected readonly dateFields = ['startDate', 'endDate'] as const;
  protected readonly labels = OPERATION_FIELD_LABELS;
  protected readonly submitted = signal(false);
  protected readonly saving = computed(() => this.state().status === 'saving');
  /** What to say above the form when the API refused it. */
  protected readonly failure = computed(() => {
    const state = this.state();
    if (state.status !== 'failed') return null;
    const fields = Object.keys(state.fieldErrors);
    const known = fields.filter((field) => field in OPERATION_FIELD_LABELS);
    const other = fields.filter((field) => !(field in OPERATION_FIELD_LABELS));
    if (known.length === 0) return state.message;
    const rest = other.map((field) => state.fieldErrors[field] ?? '');
    return [this.translator.t('operations.form.failed'), ...rest].join(' ').trim();
  });

  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: ['', Validators.required],
    name: ['', Validators.required],
    programmeCci: ['', Validators.required],
    programmeTitle: ['', Validators.required],
    fund: ['ERDF' as Fund, Validators.required],
    priorityAxis: ['', Validators.required],
    specificObjective: ['', Validators.required],
    beneficiary: ['', Validators.required],
    startDate: ['', Validators.required],
    endDate: ['', Validators.required],
  });

  ngOnInit(): void {
    const initial = this.initial();
    if (initial) this.form.setValue(pickFields(initial));
  }

  protected fieldId(key: keyof OperationFields): string {
    return `${this.idPrefix()}-${key}`;
  }

  protected describedBy(key: keyof OperationFields, hint: boolean, error: boolean): string | null {
    const ids = [
      hint ? `${this.fieldId(key)}-hint` : null,
      error ? `${this.fieldId(key)}-error` : null,
    ];
    return ids.filter((id) => id !== null).join(' ') || null;
  }

  /** This field's problem: missing (once the user has been there or submitted), else the API's. */
  protected errorOf(key: keyof OperationFields): string | null {
    const control = this.form.controls[key];
    if (control.invalid && (control.touched || this.submitted())) {
      return this.translator.t('operations.problem.required');
    }
    return fieldErrorIn(this.state(), key);
  }

  protected submit(): void {
    if (this.saving()) return;
    this.submitted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        { injector: this.injector },
      );
      return;
    }
    const value = this.form.getRawValue();
    this.save.emit({
      ...value,
      code: value.code.trim(),
      name: value.name.trim(),
      programmeCci: value.programmeCci.trim().toUpperCase(),
      programmeTitle: value.programmeTitle.trim(),
      priorityAxis: value.priorityAxis.trim(),
      specificObjective: value.specificObjective.trim(),
      beneficiary: value.beneficiary.trim(),
    });
  }
}

/** Only the identification fields: an operation from the API carries more. */
function pickFields(operation: OperationFields): OperationFields {
  const {
    code,
    name,
    programmeCci,
    programmeTitle,
    fund,
    priorityAxis,
    specificObjective,
    beneficiary,
    startDate,
    endDate,
  } = operation;
  return {
    code,
    name,
    programmeCci,
    programmeTitle,
    fund,
    priorityAxis,
    specificObjective,
    beneficiary,
    startDate,
    endDate,
  };
}
