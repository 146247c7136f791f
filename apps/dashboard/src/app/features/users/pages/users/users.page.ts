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
import { Translator } from '../../../../core/i18n/translator';
import { ConfirmationPanelComponent } from '../../../../shared/controls/confirmation-panel.component';
import { ShownOnceSecretComponent } from '../../../../shared/controls/shown-once-secret.component';
import { OutcomeMessagesComponent } from '../../../../shared/controls/outcome-messages.component';
import { NewUserFormComponent } from '../../components/new-user-form.component';
import { UsersTableComponent, actionButtonId } from '../../components/users-table.component';
import { type PendingAction, UsersStore } from '../../data/users.store';

/** The confirmation panel's texts for a change that waits for the admin's word. */
interface Question {
  readonly pending: PendingAction;
  readonly question: string;
  readonly consequence: string;
  readonly confirmLabel: string;
}

@Component({
  selector: 'fita-users-page',
  imports: [
    OutcomeMessagesComponent,
    ConfirmationPanelComponent,
    NewUserFormComponent,
    ShownOnceSecretComponent,
    TranslatePipe,
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
  private readonly translator = inject(Translator);
  /** What the confirmation panel asks about the change waiting for the admin's word. */
  protected readonly question = computed(() => {
    const pending = this.store.pending();
    return pending && this.questionFor(pending);
  });

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

  private questionFor(pending: PendingAction): Question {
    const email = pending.user.email;
    switch (pending.action) {
      case 'disable':
        return {
          pending,
          question: this.translator.t('users.confirm.disable.title', { email }),
          consequence: this.translator.t('users.confirm.disable.body'),
          confirmLabel: this.translator.t('users.confirm.disable.yes'),
        };
      case 'enable':
        return {
          pending,
          question: this.translator.t('users.confirm.enable.title', { email }),
          consequence: this.translator.t('users.confirm.enable.body'),
          confirmLabel: this.translator.t('users.confirm.enable.yes'),
        };
      case 'reset':
        return {
          pending,
          question: this.translator.t('users.confirm.reset.title', { email }),
          consequence: this.translator.t('users.confirm.reset.body'),
          confirmLabel: this.translator.t('users.confirm.reset.yes'),
        };
    }
  }

  private restoreFocus(): void {
    const id = this.returnFocusTo;
    this.returnFocusTo = null;
    afterNextRender(() => this.document.getElementById(id ?? '')?.focus(), {
      injector: this.injector,
    });
  }
}
