import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { Subject, switchMap } from 'rxjs';
import { type OperationFields, type OperationSummary } from '../../../core/api/operations.model';
import { OperationsService } from '../../../core/api/operations.service';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { SAVE_IDLE, SAVE_SAVING, type SaveState } from '../../../core/api/save-state';
import { operationSaveFailed } from './operation-save-failed';

/**
 * The operations page: the list and the creation of an operation (the
 * catalogue has its own store). Provided by the page, so that its requests
 * stop when it goes away.
 */
@Injectable()
export class OperationsStore {
  private readonly api = inject(OperationsService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  private readonly operationsState = signal<Remote<OperationSummary[]>>(remoteLoading());
  private readonly creationState = signal<SaveState>(SAVE_IDLE);

  readonly operations = this.operationsState.asReadonly();
  readonly creation = this.creationState.asReadonly();

  private readonly operationsLoads = new Subject<void>();

  constructor() {
    this.operationsLoads
      .pipe(
        switchMap(() => fetchRemote(this.api.list())),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.operationsState.set(state));

    this.operationsLoads.next();
  }

  retryOperations(): void {
    this.operationsLoads.next();
  }

  /** Creates the operation and opens it, where its money figures are entered next. */
  create(fields: OperationFields): void {
    if (this.creationState().status === 'saving') return;
    this.creationState.set(SAVE_SAVING);
    this.api
      .create(fields)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (created) => {
          this.creationState.set(SAVE_IDLE);
          void this.router.navigate(['/operations', created.id]);
        },
        error: (error: unknown) => this.creationState.set(operationSaveFailed(error)),
      });
  }

  cancelCreation(): void {
    this.creationState.set(SAVE_IDLE);
  }
}
