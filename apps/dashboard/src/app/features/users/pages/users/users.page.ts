import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  viewChild,
} from '@angular/core';
import { AuthService } from '../../../../core/auth/auth.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { NewUserFormComponent } from '../../components/new-user-form.component';
import { TemporaryPasswordComponent } from '../../components/temporary-password.component';
import { UserActionConfirmationComponent } from '../../components/user-action-confirmation.component';
import { UsersTableComponent, actionButtonId } from '../../components/users-table.component';
import { UsersStore } from '../../data/users.store';

@Component({
  selector: 'fita-users-page',
  imports: [
    NewUserFormComponent,
    TemporaryPasswordComponent,
    TranslatePipe,
    UserActionConfirmationComponent,
    UsersTableComponent,
  ],
  providers: [UsersStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users.page.html',
  styleUrl: './users.page.css',
})
export class UsersPage {
  protected readonly store = inject(UsersStore);
  private readonly auth = inject(AuthService);
  protected readonly selfEmail = computed(() => this.auth.user()?.email ?? null);
  protected readonly busy = computed(() => this.store.busy() !== null);

  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  /** The button to give the focus back to once the change it opened is over. */
  private returnFocusTo: string | null = null;

  constructor() {
    effect(() => {
      if (this.store.busy() === null && this.returnFocusTo) this.restoreFocus();
    });
  }

  protected cancelConfirmation(): void {
    const pending = this.store.pending();
    this.store.cancelConfirmation();
    if (!pending) return;
    this.returnFocusTo = actionButtonId(
      pending.user,
      pending.action === 'reset' ? 'reset' : 'status',
    );
    this.restoreFocus();
  }

  protected confirm(): void {
    const pending = this.store.pending();
    // A reset shows the new password, which takes the focus itself.
    if (pending && pending.action !== 'reset')
      this.returnFocusTo = actionButtonId(pending.user, 'status');
    this.store.confirm();
  }

  /** The password is gone for good: back to the top of the page. */
  protected hidePassword(): void {
    this.store.dismissPassword();
    afterNextRender(() => this.heading().nativeElement.focus(), { injector: this.injector });
  }

  private restoreFocus(): void {
    const id = this.returnFocusTo;
    this.returnFocusTo = null;
    afterNextRender(() => this.document.getElementById(id ?? '')?.focus(), {
      injector: this.injector,
    });
  }
}
