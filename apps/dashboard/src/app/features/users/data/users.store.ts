import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type Observable, Subject, switchMap } from 'rxjs';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { SAVE_IDLE, SAVE_SAVED, SAVE_SAVING, type SaveState } from '../../../core/api/save-state';
import { type ManagedUser, type NewUser } from '../../../core/api/users.model';
import { UsersService } from '../../../core/api/users.service';
import { type UserRole } from '../../../core/auth/auth-session.model';
import { Translator } from '../../../core/i18n/translator';
import type { Outcome } from '../../../shared/controls/outcome-messages.component';
import { userRefusal } from './user-refusal';
import { userSaveFailed } from './user-save-failed';

/** The changes that ask "are you sure?" first. */
export type UserAction = 'disable' | 'enable' | 'reset';

export interface PendingAction {
  readonly action: UserAction;
  readonly user: ManagedUser;
}

/** A password the API returned once: kept in memory only, until the admin hides it. */
export interface RevealedPassword {
  readonly email: string;
  readonly password: string;
  readonly reason: 'created' | 'reset';
}

/**
 * The users page: the list, adding a user, and the changes to one (role,
 * status, password). Provided by the page, so that its requests stop when it
 * goes away and a revealed password is forgotten with it.
 */
@Injectable()
export class UsersStore {
  private readonly api = inject(UsersService);
  private readonly translator = inject(Translator);
  private readonly destroyRef = inject(DestroyRef);

  private readonly usersState = signal<Remote<ManagedUser[]>>(remoteLoading());
  private readonly creationState = signal<SaveState>(SAVE_IDLE);
  private readonly revealedState = signal<RevealedPassword | null>(null);
  private readonly pendingState = signal<PendingAction | null>(null);
  private readonly busyState = signal<string | null>(null);
  private readonly outcomeState = signal<Outcome | null>(null);

  readonly users = this.usersState.asReadonly();
  readonly creation = this.creationState.asReadonly();
  readonly revealed = this.revealedState.asReadonly();
  /** The change waiting for the admin's confirmation. */
  readonly pending = this.pendingState.asReadonly();
  /** The id of the user a change is being sent for; one at a time. */
  readonly busy = this.busyState.asReadonly();
  readonly outcome = this.outcomeState.asReadonly();

  private readonly loads = new Subject<void>();

  constructor() {
    this.loads
      .pipe(
        switchMap(() => fetchRemote(this.api.list())),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.usersState.set(state));
    this.loads.next();
  }

  retry(): void {
    this.loads.next();
  }

  create(user: NewUser): void {
    if (this.creationState().status === 'saving') return;
    this.creationState.set(SAVE_SAVING);
    this.api
      .create(user)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ user: created, temporaryPassword }) => {
          this.creationState.set(SAVE_SAVED);
          this.put(created);
          this.reveal(created.email, temporaryPassword, 'created');
          this.done(this.translator.t('users.done.created', { email: created.email }));
        },
        error: (error: unknown) => this.creationState.set(userSaveFailed(error)),
      });
  }

  changeRole(user: ManagedUser, role: UserRole): void {
    this.send(user, this.api.changeRole(user.id, role), {
      done: (changed) =>
        this.translator.t('users.done.role', {
          email: changed.email,
          role: this.translator.t(`role.${changed.role}`),
        }),
      failed: this.translator.t('users.failed.role', { email: user.email }),
    });
  }

  askToConfirm(action: UserAction, user: ManagedUser): void {
    this.pendingState.set({ action, user });
  }

  cancelConfirmation(): void {
    this.pendingState.set(null);
  }

  /** Runs the change the admin confirmed. */
  confirm(): void {
    const pending = this.pendingState();
    if (!pending || this.busyState() !== null) return;
    const { action, user } = pending;
    const email = user.email;
    switch (action) {
      case 'disable':
        return this.send(user, this.api.disable(user.id), {
          done: () => this.translator.t('users.done.disabled', { email }),
          failed: this.translator.t('users.failed.disable', { email }),
        });
      case 'enable':
        return this.send(user, this.api.enable(user.id), {
          done: () => this.translator.t('users.done.enabled', { email }),
          failed: this.translator.t('users.failed.enable', { email }),
        });
      case 'reset':
        return this.send(user, this.api.resetPassword(user.id), {
          done: ({ user: changed, temporaryPassword }) => {
            this.reveal(changed.email, temporaryPassword, 'reset');
            return this.translator.t('users.done.reset', { email });
          },
          failed: this.translator.t('users.failed.reset', { email }),
        });
    }
  }

  /** Forgets the revealed password: it cannot be shown again. */
  dismissPassword(): void {
    this.revealedState.set(null);
  }

  private send<T extends ManagedUser | { readonly user: ManagedUser }>(
    user: ManagedUser,
    request: Observable<T>,
    texts: { done: (answer: T) => string; failed: string },
  ): void {
    if (this.busyState() !== null) return;
    this.busyState.set(user.id);
    this.outcomeState.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (answer) => {
        this.busyState.set(null);
        this.pendingState.set(null);
        this.put('user' in answer ? answer.user : answer);
        this.done(texts.done(answer));
      },
      error: (error: unknown) => {
        this.busyState.set(null);
        this.pendingState.set(null);
        this.outcomeState.set({ kind: 'failed', text: `${texts.failed} ${userRefusal(error)}` });
      },
    });
  }

  /** Replaces the user in the list, or adds them in e-mail order. */
  private put(user: ManagedUser): void {
    const state = this.usersState();
    if (!state.value) return;
    const others = state.value.filter(({ id }) => id !== user.id);
    const users = [...others, user].sort((a, b) => a.email.localeCompare(b.email));
    this.usersState.set({ ...state, value: users });
  }

  private reveal(email: string, password: string | null, reason: RevealedPassword['reason']): void {
    this.revealedState.set(password === null ? null : { email, password, reason });
  }

  private done(text: string): void {
    this.outcomeState.set({ kind: 'done', text });
  }
}
