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

type TextFieldKey = Exclude<
  keyof OperationFields,
  'fund' | 'startDate' | 'endDate' | 'retentionUntil' | 'legalBasis'
>;
type RetentionKey = 'retentionUntil' | 'legalBasis';

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

/**
 * Creates or edits the identification of an operation and its retention
 * period (a date and its legal basis, both or neither); errors of the API
 * show next to their fields.
 */
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
    retentionUntil: [''],
    legalBasis: [''],
  });

  ngOnInit(): void {
    const initial = this.initial();
    if (initial) this.form.setValue(formValuesOf(initial));
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
    if (this.lacksRetentionPartner(key) && (control.touched || this.submitted())) {
      const other = key === 'retentionUntil' ? 'legalBasis' : 'retentionUntil';
      return this.translator.t('operations.problem.retentionPair', { other: this.labels[other] });
    }
    return fieldErrorIn(this.state(), key);
  }

  /** A retention date without its legal basis, or the other way round: the API refuses both. */
  private lacksRetentionPartner(key: keyof OperationFields): key is RetentionKey {
    if (key !== 'retentionUntil' && key !== 'legalBasis') return false;
    const { retentionUntil, legalBasis } = this.form.getRawValue();
    const given = { retentionUntil: retentionUntil !== '', legalBasis: legalBasis.trim() !== '' };
    const other = key === 'retentionUntil' ? 'legalBasis' : 'retentionUntil';
    return !given[key] && given[other];
  }

  protected submit(): void {
    if (this.saving()) return;
    this.submitted.set(true);
    const halfRetention =
      this.lacksRetentionPartner('retentionUntil') || this.lacksRetentionPartner('legalBasis');
    if (this.form.invalid || halfRetention) {
      this.form.markAllAsTouched();
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        { injector: this.injector },
      );
      return;
    }
    const { retentionUntil, legalBasis, ...value } = this.form.getRawValue();
    const retention = {
      retentionUntil: retentionUntil || null,
      legalBasis: legalBasis.trim() || null,
    };
    // A new operation without a retention period leaves both out, as the API allows.
    const undecided = retention.retentionUntil === null && retention.legalBasis === null;
    this.save.emit({
      ...value,
      ...(this.initial() !== null || !undecided ? retention : {}),
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

/** The form's values: only the identification fields (an operation from the API carries more). */
function formValuesOf(
  operation: OperationFields,
): Omit<OperationFields, RetentionKey> & Record<RetentionKey, string> {
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
    retentionUntil,
    legalBasis,
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
    retentionUntil: retentionUntil ?? '',
    legalBasis: legalBasis ?? '',
  };
}
