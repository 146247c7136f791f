import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, switchMap } from 'rxjs';
import { type ManualValue, type NewManualValue } from '../../../core/api/operations.model';
import { OperationsService } from '../../../core/api/operations.service';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import {
  SAVE_IDLE,
  SAVE_SAVED,
  SAVE_SAVING,
  type SaveState,
  saveFailed,
} from '../../../core/api/save-state';

/**
 * The values entered by hand for one `manual` indicator of one operation, and
 * the entry of a new one. Provided by the component that shows them, so that
 * each indicator has its own and its requests stop when it goes away.
 */
@Injectable()
export class ManualValuesStore {
  private readonly api = inject(OperationsService);
  private readonly destroyRef = inject(DestroyRef);

  private readonly valuesState = signal<Remote<ManualValue[]>>(remoteLoading());
  private readonly addingState = signal<SaveState>(SAVE_IDLE);

  /** Oldest first, as the API lists them. */
  readonly values = this.valuesState.asReadonly();
  readonly adding = this.addingState.asReadonly();

  private link: { readonly operationId: string; readonly code: string } | null = null;
  private readonly loads = new Subject<void>();
  private readonly addedValues = new Subject<ManualValue>();
  /** Each value once the API has recorded it, for what is computed from the values. */
  readonly added$ = this.addedValues.asObservable();

  constructor() {
    this.loads
      .pipe(
        switchMap(() => {
          const { operationId, code } = this.link!;
          return fetchRemote(this.api.listManualValues(operationId, code));
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.valuesState.set(state));
  }

  load(operationId: string, code: string): void {
    this.link = { operationId, code };
    this.loads.next();
  }

  retry(): void {
    if (this.link) this.loads.next();
  }

  add(value: NewManualValue): void {
    const link = this.link;
    if (!link || this.addingState().status === 'saving') return;
    this.addingState.set(SAVE_SAVING);
    this.api
      .addManualValue(link.operationId, link.code, value)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (added) => {
          const values = [...(this.valuesState().value ?? []), added].sort((a, b) =>
            a.asOf.localeCompare(b.asOf),
          );
          this.valuesState.set({ status: 'ready', value: values, error: null });
          this.addingState.set(SAVE_SAVED);
          this.addedValues.next(added);
        },
        error: (error: unknown) => this.addingState.set(saveFailed(error)),
      });
  }
}
