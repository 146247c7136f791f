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
import { type SaveState, fieldErrorIn } from '../../../core/api/save-state';
import { USER_ROLES, type NewUser } from '../../../core/api/users.model';
import { type UserRole } from '../../../core/auth/auth-session.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';

type Field = 'email' | 'role';

/**
 * Adds a user: an e-mail address and a role. The API generates the password;
 * problems found here or by the API show next to their fields.
 */
@Component({
  selector: 'fita-new-user-form',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-user-form.component.html',
  styleUrl: './new-user-form.component.css',
})
export class NewUserFormComponent {
  readonly state = input.required<SaveState>();
  readonly save = output<NewUser>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly translator = inject(Translator);

  protected readonly roles = USER_ROLES;
  protected readonly submitted = signal(false);
  protected readonly saving = computed(() => this.state().status === 'saving');
  /** The sentence above the form when the API refused it. */
  protected readonly failure = computed(() => {
    const state = this.state();
    if (state.status !== 'failed') return null;
    return Object.keys(state.fieldErrors).length > 0
      ? this.translator.t('users.add.checkFields')
      : `${this.translator.t('users.add.failed')} ${state.message}`;
  });

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    role: ['' as UserRole | '', Validators.required],
  });

  constructor() {
    // Added: the form empties for the next person.
    effect(() => {
      if (this.state().status !== 'saved') return;
      untracked(() => {
        this.form.reset();
        this.submitted.set(false);
      });
    });
  }

  /** This field's problem: found here once the admin has been there or submitted, else the API's. */
  protected errorOf(field: Field): string | null {
    const control = this.form.controls[field];
    if ((control.touched || this.submitted()) && control.invalid) {
      if (field === 'role') return this.translator.t('users.error.roleRequired');
      return control.hasError('required')
        ? this.translator.t('users.error.emailRequired')
        : this.translator.t('users.error.emailInvalid');
    }
    return fieldErrorIn(this.state(), field);
  }

  protected describedBy(field: Field, error: string | null): string | null {
    return error === null ? null : `new-user-${field}-error`;
  }

  protected submit(): void {
    if (this.saving()) return;
    this.submitted.set(true);
    const { email, role } = this.form.getRawValue();
    if (this.form.invalid || role === '') {
      this.form.markAllAsTouched();
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        { injector: this.injector },
      );
      return;
    }
    this.save.emit({ email: email.trim(), role });
  }
}
