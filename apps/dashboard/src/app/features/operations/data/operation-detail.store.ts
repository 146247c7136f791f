import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { Subject, combineLatest, map, startWith, switchMap } from 'rxjs';
import {
  type FundingIndicators,
  type IndicatorDefinition,
  type IndicatorTargets,
  type MoneyIndicators,
  type NewMoneyFigure,
  type Operation,
  type OperationFields,
  type OperationIndicator,
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

/** Which indicator form the operation shows: none, linking a new one, or editing a link. */
export type LinkEditor =
  null | { readonly kind: 'new' } | { readonly kind: 'edit'; readonly code: string };

/**
 * One operation: its identification, money figures, co-financing check and
 * indicators, and their changes; and what it achieved: its funding indicators
 * per year and its cost per person. The values of manual indicators have
 * their own store, one per indicator.
 */
@Injectable()
export class OperationDetailStore {
  private readonly api = inject(OperationsService);
  private readonly destroyRef = inject(DestroyRef);

  private readonly operationState = signal<Remote<Operation>>(remoteLoading());
  private readonly changesState = signal<SaveState>(SAVE_IDLE);
  private readonly figureState = signal<SaveState>(SAVE_IDLE);
  private readonly editingState = signal(false);
  private readonly catalogueState = signal<Remote<IndicatorDefinition[]>>(remoteLoading());
  private readonly linkEditorState = signal<LinkEditor>(null);
  private readonly linkState = signal<SaveState>(SAVE_IDLE);
  private readonly linkedCodeState = signal<string | null>(null);
  private readonly fundingState = signal<Remote<FundingIndicators>>(remoteLoading());
  private readonly moneyIndicatorsState = signal<Remote<MoneyIndicators>>(remoteLoading());

  readonly operation = this.operationState.asReadonly();
  readonly changes = this.changesState.asReadonly();
  readonly figure = this.figureState.asReadonly();
  /** Whether the identification shows as a form. */
  readonly editing = this.editingState.asReadonly();
  /** Loaded when an indicator is first linked, to choose from. */
  readonly catalogue = this.catalogueState.asReadonly();
  readonly linkEditor = this.linkEditorState.asReadonly();
  readonly link = this.linkState.asReadonly();
  /** The indicator linked or edited last, for the note that says so. */
  readonly linkedCode = this.linkedCodeState.asReadonly();
  /** Each linked indicator per reporting year; computed by the API from the statements. */
  readonly funding = this.fundingState.asReadonly();
  /** Cost per user, enrolment and completion over the operation's period. */
  readonly moneyIndicators = this.moneyIndicatorsState.asReadonly();

  private readonly retries = new Subject<void>();
  private readonly catalogueLoads = new Subject<void>();
  private catalogueRequested = false;
  private readonly fundingLoads = new Subject<void>();
  private readonly moneyLoads = new Subject<void>();

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
        this.closeLink();
        this.linkedCodeState.set(null);
      });
    this.catalogueLoads
      .pipe(
        switchMap(() => fetchRemote(this.api.listIndicatorCatalogue())),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.catalogueState.set(state));
    // Reloads keep the figures shown until the new ones arrive, so they do not flicker away.
    combineLatest([id$, this.fundingLoads.pipe(startWith(undefined))])
      .pipe(
        switchMap(([id]) => fetchRemote(this.api.fundingIndicators(id), this.fundingState().value)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.fundingState.set(state));
    combineLatest([id$, this.moneyLoads.pipe(startWith(undefined))])
      .pipe(
        switchMap(([id]) =>
          fetchRemote(this.api.moneyIndicators(id), this.moneyIndicatorsState().value),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.moneyIndicatorsState.set(state));
  }

  /** Asks for the funding indicators again: after a failure, or once targets or values changed. */
  reloadFunding(): void {
    this.fundingLoads.next();
  }

  /** Asks for the money indicators again: after a failure, or once a figure was recorded. */
  reloadMoneyIndicators(): void {
    this.moneyLoads.next();
  }

  retry(): void {
    this.retries.next();
    this.reloadFunding();
    this.reloadMoneyIndicators();
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
          // New dates are new reporting years and a new period to count over.
          this.reloadFunding();
          this.reloadMoneyIndicators();
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
          this.reloadMoneyIndicators();
        },
        error: (error: unknown) => this.figureState.set(saveFailed(error)),
      });
  }

  startLinking(): void {
    this.openLink({ kind: 'new' });
  }

  editLink(code: string): void {
    this.openLink({ kind: 'edit', code });
  }

  closeLink(): void {
    this.linkEditorState.set(null);
    this.linkState.set(SAVE_IDLE);
  }

  /** Tries the catalogue again after it failed to load. */
  retryCatalogue(): void {
    this.catalogueLoads.next();
  }

  /** Links the indicator, or replaces its baseline, milestone and target. */
  saveLink(code: string, targets: IndicatorTargets): void {
    const operation = this.operationState().value;
    if (!operation || this.linkState().status === 'saving') return;
    this.linkState.set(SAVE_SAVING);
    this.api
      .saveIndicator(operation.id, code, targets)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (linked) => {
          const current = this.operationState().value ?? operation;
          this.operationState.set({
            status: 'ready',
            value: { ...current, indicators: withIndicator(current.indicators, linked) },
            error: null,
          });
          this.linkEditorState.set(null);
          this.linkState.set(SAVE_SAVED);
          this.linkedCodeState.set(linked.code);
          this.reloadFunding();
        },
        error: (error: unknown) => this.linkState.set(saveFailed(error)),
      });
  }

  private openLink(editor: LinkEditor): void {
    this.linkEditorState.set(editor);
    this.linkState.set(SAVE_IDLE);
    this.linkedCodeState.set(null);
    // Only a new link chooses from the catalogue; it is fetched once, or again after failing.
    if (
      editor?.kind === 'new' &&
      (!this.catalogueRequested || this.catalogue().status === 'error')
    ) {
      this.catalogueRequested = true;
      this.catalogueLoads.next();
    }
  }
}

/** The operation's indicators with `linked` added or replaced, in code order as the API lists them. */
function withIndicator(
  indicators: readonly OperationIndicator[],
  linked: OperationIndicator,
): OperationIndicator[] {
  return [...indicators.filter(({ code }) => code !== linked.code), linked].sort((a, b) =>
    a.code.localeCompare(b.code),
  );
}

function changedFields(
  current: OperationFields,
  edited: OperationFields,
): Partial<OperationFields> {
  const changes: Partial<Record<keyof OperationFields, string | null>> = {};
  for (const key of Object.keys(edited) as (keyof OperationFields)[]) {
    // A retention period not set is null in the operation and in the form alike.
    if ((edited[key] ?? null) !== (current[key] ?? null)) changes[key] = edited[key] ?? null;
  }
  return changes as Partial<OperationFields>;
}
