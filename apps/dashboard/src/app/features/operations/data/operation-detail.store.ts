import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { Subject, combineLatest, map, startWith, switchMap } from 'rxjs';
import {
  type NewMoneyFigure,
  type Operation,
  type OperationFields,
} from '../../../core/api/operations.model';
import { OperationsService } from '../../../core/api/operations.service';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import {
  SAVE_IDLE,
  SAVE_SAVED,
  SAVE_SAVING,
  type SaveState,
  saveFailed,
} from '../../../core/api/save-state';
import { operationSaveFailed } from './operation-save-failed';

/** One operation: its identification, money figures and co-financing check, and their changes. */
@Injectable()
export class OperationDetailStore {
  private readonly api = inject(OperationsService);
  private readonly destroyRef = inject(DestroyRef);

  private readonly operationState = signal<Remote<Operation>>(remoteLoading());
  private readonly changesState = signal<SaveState>(SAVE_IDLE);
  private readonly figureState = signal<SaveState>(SAVE_IDLE);
  private readonly editingState = signal(false);

  readonly operation = this.operationState.asReadonly();
  readonly changes = this.changesState.asReadonly();
  readonly figure = this.figureState.asReadonly();
  /** Whether the identification shows as a form. */
  readonly editing = this.editingState.asReadonly();

  private readonly retries = new Subject<void>();

  constructor() {
    const id$ = inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? ''));
    combineLatest([id$, this.retries.pipe(startWith(undefined))])
      .pipe(
        switchMap(([id]) => fetchRemote(this.api.get(id))),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => {
        this.operationState.set(state);
        this.editingState.set(false);
        this.changesState.set(SAVE_IDLE);
        this.figureState.set(SAVE_IDLE);
      });
  }

  retry(): void {
    this.retries.next();
  }

  startEditing(): void {
    this.changesState.set(SAVE_IDLE);
    this.editingState.set(true);
  }

  /** Sends only the fields that changed; with none, there is nothing to save. */
  saveChanges(fields: OperationFields): void {
    const operation = this.operationState().value;
    if (!operation || this.changesState().status === 'saving') return;
    const changes = changedFields(operation, fields);
    if (Object.keys(changes).length === 0) {
      this.discardChanges();
      return;
    }
    this.changesState.set(SAVE_SAVING);
    this.api
      .update(operation.id, changes)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.operationState.set({ status: 'ready', value: updated, error: null });
          this.editingState.set(false);
          this.changesState.set(SAVE_SAVED);
        },
        error: (error: unknown) => this.changesState.set(operationSaveFailed(error)),
      });
  }

  /** Leaves editing without saving. */
  discardChanges(): void {
    this.editingState.set(false);
    this.changesState.set(SAVE_IDLE);
  }

  addFigure(figure: NewMoneyFigure): void {
    const operation = this.operationState().value;
    if (!operation || this.figureState().status === 'saving') return;
    this.figureState.set(SAVE_SAVING);
    this.api
      .addFigure(operation.id, figure)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.operationState.set({ status: 'ready', value: updated, error: null });
          this.figureState.set(SAVE_SAVED);
        },
        error: (error: unknown) => this.figureState.set(saveFailed(error)),
      });
  }
}

function changedFields(current: OperationFields, edited: OperationFields): Partial<OperationFields> {
  const changes: Partial<Record<keyof OperationFields, string>> = {};
  for (const key of Object.keys(edited) as (keyof OperationFields)[]) {
    if (edited[key] !== current[key]) changes[key] = edited[key];
  }
  return changes as Partial<OperationFields>;
}
