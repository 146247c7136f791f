import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, switchMap } from 'rxjs';
import {
  type NewPrivacyRequest,
  type PrivacyRequest,
  type SubjectNaming,
} from '../../../core/api/privacy.model';
import { PrivacyService } from '../../../core/api/privacy.service';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { SAVE_IDLE, SAVE_SAVED, SAVE_SAVING } from '../../../core/api/save-state';
import { Translator } from '../../../core/i18n/translator';
import type { Outcome } from '../../../shared/controls/outcome-messages.component';
import { type RecordState, liftRefusal, recordFailed } from './privacy-errors';

/**
 * The privacy requests page: the list, recording a request (an erasure only
 * once the admin confirmed it, since it cannot be undone) and lifting an
 * active restriction after confirmation. Provided by the page.
 */
@Injectable()
export class PrivacyRequestsStore {
  private readonly api = inject(PrivacyService);
  private readonly translator = inject(Translator);
  private readonly destroyRef = inject(DestroyRef);

  private readonly requestsState = signal<Remote<PrivacyRequest[]>>(remoteLoading());
  private readonly recordingState = signal<RecordState>(SAVE_IDLE);
  private readonly pendingErasureState = signal<NewPrivacyRequest | null>(null);
  private readonly pendingLiftState = signal<PrivacyRequest | null>(null);
  private readonly liftingState = signal(false);
  private readonly outcomeState = signal<Outcome | null>(null);

  readonly requests = this.requestsState.asReadonly();
  readonly recording = this.recordingState.asReadonly();
  /** The erasure waiting for the admin's confirmation before it is sent. */
  readonly pendingErasure = this.pendingErasureState.asReadonly();
  /** The restriction waiting for the admin to confirm its lift. */
  readonly pendingLift = this.pendingLiftState.asReadonly();
  readonly lifting = this.liftingState.asReadonly();
  readonly outcome = this.outcomeState.asReadonly();

  private readonly loads = new Subject<void>();

  constructor() {
    this.loads
      .pipe(
        // A reload keeps the rows on screen until the new ones arrive.
        switchMap(() => fetchRemote(this.api.list(), this.requestsState().value)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.requestsState.set(state));
    this.loads.next();
  }

  retry(): void {
    this.loads.next();
  }

  /** A restriction is sent at once; an erasure waits for `confirmErasure`. */
  record(request: NewPrivacyRequest): void {
    if (this.recordingState().status === 'saving') return;
    if (request.kind === 'erasure') {
      this.recordingState.set(SAVE_IDLE);
      this.pendingErasureState.set(request);
      return;
    }
    this.send(request);
  }

  confirmErasure(): void {
    const request = this.pendingErasureState();
    if (request && this.recordingState().status !== 'saving') this.send(request);
  }

  cancelErasure(): void {
    this.pendingErasureState.set(null);
  }

  askToLift(request: PrivacyRequest): void {
    this.pendingLiftState.set(request);
  }

  cancelLift(): void {
    this.pendingLiftState.set(null);
  }

  confirmLift(): void {
    const request = this.pendingLiftState();
    if (!request || this.liftingState()) return;
    this.liftingState.set(true);
    this.outcomeState.set(null);
    const reference = request.reference;
    this.api
      .lift(request.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (lifted) => {
          this.finishLift();
          this.put(lifted);
          this.outcomeState.set({
            kind: 'done',
            text: this.translator.t('privacy.done.lifted', { reference }),
          });
        },
        error: (error: unknown) => {
          this.finishLift();
          this.outcomeState.set({
            kind: 'failed',
            text: `${this.translator.t('privacy.failed.lift', { reference })} ${liftRefusal(error)}`,
          });
        },
      });
  }

  private send(request: NewPrivacyRequest): void {
    this.recordingState.set(SAVE_SAVING);
    this.outcomeState.set(null);
    this.api
      .record(request)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (recorded) => {
          this.pendingErasureState.set(null);
          this.recordingState.set(SAVE_SAVED);
          this.put(recorded);
          this.outcomeState.set({
            kind: 'done',
            text: this.translator.t(`privacy.done.${recorded.kind}`, {
              reference: recorded.reference,
            }),
          });
        },
        error: (error: unknown) => {
          this.pendingErasureState.set(null);
          this.recordingState.set(recordFailed(error, namingOf(request)));
        },
      });
  }

  private finishLift(): void {
    this.liftingState.set(false);
    this.pendingLiftState.set(null);
  }

  /** Replaces the request in the list, or puts a new one first (the list is newest first). */
  private put(request: PrivacyRequest): void {
    const state = this.requestsState();
    if (!state.value) return;
    const known = state.value.some(({ id }) => id === request.id);
    const requests = known
      ? state.value.map((each) => (each.id === request.id ? request : each))
      : [request, ...state.value];
    this.requestsState.set({ ...state, value: requests });
  }
}

function namingOf(request: NewPrivacyRequest): SubjectNaming {
  if ('personId' in request) return 'person';
  return 'email' in request ? 'email' : 'account';
}
