import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import {
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditFilters,
  NO_AUDIT_FILTERS,
} from '../../../core/api/audit.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { actionText } from '../data/audit-event-text';

/** Narrows the log by action, user and dates; nothing is asked until the admin says so. */
@Component({
  selector: 'fita-audit-filters',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="audit-filters" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <div class="field">
        <label class="field__label" for="audit-action">{{ 'audit.filters.action' | t }}</label>
        <select
          id="audit-action"
          class="field__control"
          formControlName="action"
          data-testid="audit-filter-action"
        >
          <option value="">{{ 'audit.filters.anyAction' | t }}</option>
          @for (action of actions; track action.value) {
            <option [value]="action.value">{{ action.text }}</option>
          }
        </select>
      </div>
      <div class="field">
        <label class="field__label" for="audit-user">{{ 'audit.filters.user' | t }}</label>
        <input
          id="audit-user"
          type="text"
          class="field__control"
          autocomplete="off"
          spellcheck="false"
          maxlength="254"
          list="audit-user-emails"
          formControlName="user"
          data-testid="audit-filter-user"
          aria-describedby="audit-user-hint"
        />
        <datalist id="audit-user-emails">
          @for (email of emails(); track email) {
            <option [value]="email"></option>
          }
        </datalist>
        <p class="field-hint" id="audit-user-hint">{{ 'audit.filters.userHint' | t }}</p>
      </div>
      <div class="field">
        <label class="field__label" for="audit-from">{{ 'audit.filters.from' | t }}</label>
        <input
          id="audit-from"
          type="date"
          class="field__control"
          formControlName="from"
          data-testid="audit-filter-from"
          [attr.aria-invalid]="reversed()"
          [attr.aria-describedby]="reversed() ? 'audit-from-error' : null"
        />
        @if (reversed()) {
          <p
            class="field-error"
            id="audit-from-error"
            role="alert"
            data-testid="audit-filter-error"
          >
            {{ 'audit.filters.reversed' | t }}
          </p>
        }
      </div>
      <div class="field">
        <label class="field__label" for="audit-to">{{ 'audit.filters.to' | t }}</label>
        <input
          id="audit-to"
          type="date"
          class="field__control"
          formControlName="to"
          data-testid="audit-filter-to"
        />
      </div>
      <div class="audit-filters__actions">
        <button type="submit" class="button" data-testid="audit-filter-apply">
          {{ 'audit.filters.apply' | t }}
        </button>
        <button
          type="button"
          class="button button--secondary"
          data-testid="audit-filter-clear"
          (click)="clear()"
        >
          {{ 'audit.filters.clear' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .audit-filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 0 1.25rem;
      align-items: start;
    }
    .audit-filters__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      /* Lines the buttons up with the inputs, below their labels. */
      padding-top: 1.6rem;
    }
  `,
})
export class AuditFiltersComponent {
  /** The filters the log shows now: the form starts from them. */
  readonly filters = input.required<AuditFilters>();
  readonly emails = input<readonly string[]>([]);
  readonly apply = output<AuditFilters>();

  private readonly translator = inject(Translator);
  protected readonly actions = AUDIT_ACTIONS.map((value) => ({
    value,
    text: actionText((key) => this.translator.t(key), value),
  }));

  private readonly formBuilder = inject(FormBuilder).nonNullable;
  protected readonly form = this.formBuilder.group({
    action: this.formBuilder.control<AuditAction | ''>(''),
    user: [''],
    from: [''],
    to: [''],
  });
  private readonly submitted = signal(false);
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.value });
  /** Shown once the admin tries to apply dates the wrong way round. */
  protected readonly reversed = computed(() => {
    const { from = '', to = '' } = this.values();
    return this.submitted() && from !== '' && to !== '' && from > to;
  });

  constructor() {
    effect(() => {
      const filters = this.filters();
      untracked(() => this.form.setValue({ ...filters }));
    });
  }

  protected submit(): void {
    this.submitted.set(true);
    if (this.reversed()) return;
    this.apply.emit(this.form.getRawValue());
  }

  protected clear(): void {
    this.submitted.set(false);
    this.form.setValue({ ...NO_AUDIT_FILTERS });
    this.apply.emit(NO_AUDIT_FILTERS);
  }
}
