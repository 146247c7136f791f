import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { finalize } from 'rxjs';
import { describeApiError } from '../../../../core/api/api-error';
import { AuthService } from '../../../../core/auth/auth.service';
import { safeReturnUrl } from '../../../../core/auth/return-url';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { Translator } from '../../../../core/i18n/translator';

type LoginField = 'email' | 'password';

@Component({
  selector: 'fita-login-page',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login.page.html',
  styleUrl: './login.page.css',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private readonly translator = inject(Translator);

  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput =
    viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly apiError = signal<string | null>(null);
  protected readonly sessionExpired = this.route.snapshot.queryParamMap.has('expired');

  protected showError(field: LoginField): boolean {
    const control = this.form.controls[field];
    return control.invalid && (control.touched || this.submitted());
  }

  protected emailError(): string {
    return this.form.controls.email.hasError('required')
      ? this.translator.t('auth.emailRequired')
      : this.translator.t('auth.emailInvalid');
  }

  protected submit(): void {
    if (this.pending()) return;
    this.submitted.set(true);
    this.apiError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }

    const { email, password } = this.form.getRawValue();
    this.pending.set(true);
    this.auth
      .login({ email: email.trim(), password })
      .pipe(
        finalize(() => this.pending.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl');
          void this.router.navigateByUrl(safeReturnUrl(returnUrl));
        },
        error: (error: unknown) => this.apiError.set(describeApiError(error)),
      });
  }

  private focusFirstInvalidField(): void {
    const input = this.form.controls.email.invalid ? this.emailInput() : this.passwordInput();
    input.nativeElement.focus();
  }
}
