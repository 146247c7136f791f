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
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  PRIVACY_REQUEST_KINDS,
  type NewPrivacyRequest,
  type PrivacyRequestKind,
  type SubjectNaming,
} from '../../../core/api/privacy.model';
import { fieldErrorIn } from '../../../core/api/save-state';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { type RecordState } from '../data/privacy-errors';

/** The inputs, by the field paths of the API's 400 details. */
type Field = 'kind' | 'reference' | 'personId' | 'email' | 'account.homePage' | 'account.name';

const NAMINGS: readonly SubjectNaming[] = ['person', 'email', 'account'];

/** The inputs each way of naming the person shows; only those are checked and sent. */
const NAMING_FIELDS: Readonly<Record<SubjectNaming, readonly Field[]>> = {
  person: ['personId'],
  email: ['email'],
  account: ['account.homePage', 'account.name'],
};

const REQUIRED_KEYS: Readonly<Record<Field, string>> = {
  kind: 'privacy.error.kindRequired',
  reference: 'privacy.error.referenceRequired',
  personId: 'privacy.error.personIdRequired',
  email: 'privacy.error.emailRequired',
  'account.homePage': 'privacy.error.homePageRequired',
  'account.name': 'privacy.error.accountNameRequired',
};

/**
 * Records a restriction or erasure request: its kind, its reference, and
 * the person named exactly one way (registry id, e-mail address or LMS
 * account), the way chosen showing only its own inputs. Problems found here
 * or by the API show next to their inputs.
 */
@Component({
  selector: 'fita-privacy-request-form',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './privacy-request-form.component.html',
  styleUrl: './privacy-request-form.component.css',
})
export class PrivacyRequestFormComponent {
  readonly state = input.required<RecordState>();
  readonly save = output<NewPrivacyRequest>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly translator = inject(Translator);

  protected readonly kinds = PRIVACY_REQUEST_KINDS;
  protected readonly namings = NAMINGS;
  protected readonly submitted = signal(false);
  protected readonly saving = computed(() => this.state().status === 'saving');
  /** The sentence above the form when the API refused it. */
  protected readonly failure = computed(() => {
    const state = this.state();
    if (state.status !== 'failed') return null;
    if (state.personNotFound) return state.message;
    const shown = Object.keys(state.fieldErrors).filter((field) => this.isShown(field));
    const others = Object.entries(state.fieldErrors)
      .filter(([field]) => !this.isShown(field))
      .map(([field, message]) => (field === '(body)' ? message : `${field} ${message}`));
    if (shown.length === 0) return `${this.translator.t('privacy.add.failed')} ${state.message}`;
    return [this.translator.t('privacy.add.checkFields'), ...others].join(' ');
  });

  protected readonly form = inject(FormBuilder).nonNullable.group({
    kind: ['' as PrivacyRequestKind | '', Validators.required],
    reference: ['', Validators.required],
    naming: new FormControl<SubjectNaming>('email', { nonNullable: true }),
    personId: ['', Validators.required],
    email: ['', Validators.required],
    homePage: ['', Validators.required],
    accountName: ['', Validators.required],
  });
  protected readonly naming = toSignal(this.form.controls.naming.valueChanges, {
    initialValue: this.form.controls.naming.value,
  });

  constructor() {
    // Recorded: the form empties, so that no e-mail address or account stays on screen.
    effect(() => {
      if (this.state().status !== 'saved') return;
      untracked(() => {
        this.form.reset({ naming: this.form.controls.naming.value });
        this.submitted.set(false);
      });
    });
  }

  /** This input's problem: missing (once the admin has been there or submitted), else the API's. */
  protected errorOf(field: Field): string | null {
    const control = this.form.controls[controlOf(field)];
    if ((control.touched || this.submitted()) && control.invalid) {
      return this.translator.t(REQUIRED_KEYS[field]);
    }
    const state = this.state();
    const own = fieldErrorIn(state, field);
    // A problem with the account as a whole ("must be an object") shows at its first input.
    return field === 'account.homePage' ? (own ?? fieldErrorIn(state, 'account')) : own;
  }

  protected inputId(field: Field): string {
    return `privacy-${field.replace('.', '-')}`;
  }

  protected describedBy(field: Field, hint: boolean, error: string | null): string | null {
    const id = this.inputId(field);
    const ids = [hint ? `${id}-hint` : null, error === null ? null : `${id}-error`];
    return ids.filter((each) => each !== null).join(' ') || null;
  }

  protected submit(): void {
    if (this.saving()) return;
    this.submitted.set(true);
    const value = this.form.getRawValue();
    const fields: readonly Field[] = ['kind', 'reference', ...NAMING_FIELDS[value.naming]];
    const invalid = fields.some((field) => this.form.controls[controlOf(field)].invalid);
    if (invalid || value.kind === '') {
      for (const field of fields) this.form.controls[controlOf(field)].markAsTouched();
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        { injector: this.injector },
      );
      return;
    }
    const base = { kind: value.kind, reference: value.reference.trim() };
    switch (value.naming) {
      case 'person':
        return this.save.emit({ ...base, personId: value.personId.trim() });
      case 'email':
        return this.save.emit({ ...base, email: value.email.trim() });
      case 'account':
        return this.save.emit({
          ...base,
          account: { homePage: value.homePage.trim(), name: value.accountName.trim() },
        });
    }
  }

  /** Whether the API's problem with `field` shows next to an input on screen. */
  private isShown(field: string): boolean {
    if (field === 'kind' || field === 'reference') return true;
    const naming = this.naming();
    if (naming === 'account' && field === 'account') return true;
    return (NAMING_FIELDS[naming] as readonly string[]).includes(field);
  }
}

function controlOf(
  field: Field,
): 'kind' | 'reference' | 'personId' | 'email' | 'homePage' | 'accountName' {
  if (field === 'account.homePage') return 'homePage';
  if (field === 'account.name') return 'accountName';
  return field;
}
