import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, switchMap } from 'rxjs';
import {
  type CreatedLrsCredential,
  type LrsCredential,
  type NewLrsCredential,
} from '../../../core/api/lrs-credentials.model';
import { LrsCredentialsService } from '../../../core/api/lrs-credentials.service';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { SAVE_IDLE, SAVE_SAVED, SAVE_SAVING, type SaveState } from '../../../core/api/save-state';
import { Translator } from '../../../core/i18n/translator';
import type { Outcome } from '../../../shared/controls/outcome-messages.component';
import { credentialSaveFailed, revocationRefusal } from './credential-errors';

/**
 * The LRS credentials page: the list, creating one (its secret is kept in
 * memory until the admin hides it) and revoking one after confirmation.
 * Provided by the page.
 */
@Injectable()
export class LrsCredentialsStore {
  private readonly api = inject(LrsCredentialsService);
  private readonly translator = inject(Translator);
  private readonly destroyRef = inject(DestroyRef);

  private readonly credentialsState = signal<Remote<LrsCredential[]>>(remoteLoading());
  private readonly creationState = signal<SaveState>(SAVE_IDLE);
  private readonly createdState = signal<CreatedLrsCredential | null>(null);
  private readonly pendingState = signal<LrsCredential | null>(null);
  private readonly revokingState = signal(false);
  private readonly outcomeState = signal<Outcome | null>(null);

  readonly credentials = this.credentialsState.asReadonly();
  readonly creation = this.creationState.asReadonly();
  /** The credential just created, with the secret that is never shown again. */
  readonly created = this.createdState.asReadonly();
  /** The credential waiting for the admin to confirm its revocation. */
  readonly pending = this.pendingState.asReadonly();
  readonly revoking = this.revokingState.asReadonly();
  readonly outcome = this.outcomeState.asReadonly();

  private readonly loads = new Subject<void>();

  constructor() {
    this.loads
      .pipe(
        // A reload keeps the rows on screen until the new ones arrive.
        switchMap(() => fetchRemote(this.api.list(), this.credentialsState().value)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.credentialsState.set(state));
    this.loads.next();
  }

  retry(): void {
    this.loads.next();
  }

  create(credential: NewLrsCredential): void {
    if (this.creationState().status === 'saving') return;
    this.creationState.set(SAVE_SAVING);
    this.api
      .create(credential)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (created) => {
          this.creationState.set(SAVE_SAVED);
          this.createdState.set(created);
          this.outcomeState.set({
            kind: 'done',
            text: this.translator.t('lrsCredentials.done.created', { key: created.key }),
          });
          // The answer holds only key and secret: the list tells the rest.
          this.loads.next();
        },
        error: (error: unknown) => this.creationState.set(credentialSaveFailed(error)),
      });
  }

  /** Forgets the secret: it cannot be shown again. */
  dismissCreated(): void {
    this.createdState.set(null);
  }

  askToRevoke(credential: LrsCredential): void {
    this.pendingState.set(credential);
  }

  cancelRevocation(): void {
    this.pendingState.set(null);
  }

  confirmRevocation(): void {
    const credential = this.pendingState();
    if (!credential || this.revokingState()) return;
    this.revokingState.set(true);
    this.outcomeState.set(null);
    const key = credential.key;
    this.api
      .revoke(key)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (revoked) => {
          this.finishRevocation();
          this.replace(revoked);
          this.outcomeState.set({
            kind: 'done',
            text: this.translator.t('lrsCredentials.done.revoked', { key }),
          });
        },
        error: (error: unknown) => {
          this.finishRevocation();
          this.outcomeState.set({
            kind: 'failed',
            text: `${this.translator.t('lrsCredentials.failed.revoke', { key })} ${revocationRefusal(error)}`,
          });
        },
      });
  }

  private finishRevocation(): void {
    this.revokingState.set(false);
    this.pendingState.set(null);
  }

  private replace(credential: LrsCredential): void {
    const state = this.credentialsState();
    if (!state.value) return;
    const credentials = state.value.map((each) => (each.id === credential.id ? credential : each));
    this.credentialsState.set({ ...state, value: credentials });
  }
}
