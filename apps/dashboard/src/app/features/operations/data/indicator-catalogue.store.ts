import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, switchMap } from 'rxjs';
import {
  type IndicatorDefinition,
  type IndicatorDefinitionChanges,
  type IndicatorNames,
} from '../../../core/api/operations.model';
import { OperationsService } from '../../../core/api/operations.service';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { SAVE_IDLE, SAVE_SAVED, SAVE_SAVING, type SaveState } from '../../../core/api/save-state';
import { indicatorSaveFailed } from './indicator-save-failed';

/** Which form the catalogue shows: none, a new indicator, or an indicator being edited. */
export type CatalogueEditor =
  null | { readonly kind: 'new' } | { readonly kind: 'edit'; readonly code: string };

/**
 * The indicator catalogue of the operations page, and its changes: admins add
 * indicators and edit them (everything but the code). Provided by the page.
 */
@Injectable()
export class IndicatorCatalogueStore {
  private readonly api = inject(OperationsService);
  private readonly destroyRef = inject(DestroyRef);

  private readonly catalogueState = signal<Remote<IndicatorDefinition[]>>(remoteLoading());
  private readonly editorState = signal<CatalogueEditor>(null);
  private readonly saveState = signal<SaveState>(SAVE_IDLE);
  private readonly savedCodeState = signal<string | null>(null);

  readonly catalogue = this.catalogueState.asReadonly();
  readonly editor = this.editorState.asReadonly();
  readonly save = this.saveState.asReadonly();
  /** The indicator saved last, for the note that says so. */
  readonly savedCode = this.savedCodeState.asReadonly();

  private readonly loads = new Subject<void>();

  constructor() {
    this.loads
      .pipe(
        switchMap(() => fetchRemote(this.api.listIndicatorCatalogue())),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.catalogueState.set(state));
    this.loads.next();
  }

  retry(): void {
    this.loads.next();
  }

  startCreating(): void {
    this.open({ kind: 'new' });
  }

  startEditing(code: string): void {
    this.open({ kind: 'edit', code });
  }

  close(): void {
    this.editorState.set(null);
    this.saveState.set(SAVE_IDLE);
  }

  create(definition: IndicatorDefinition): void {
    if (this.saveState().status === 'saving') return;
    this.saveState.set(SAVE_SAVING);
    this.api
      .createIndicator(definition)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (created) => this.saved(created),
        error: (error: unknown) => this.saveState.set(indicatorSaveFailed(error)),
      });
  }

  /** Sends only what changed (of the names, only the languages that changed); nothing, nothing to save. */
  update(edited: IndicatorDefinition): void {
    const current = this.catalogueState().value?.find(({ code }) => code === edited.code);
    if (!current || this.saveState().status === 'saving') return;
    const changes = changesOf(current, edited);
    if (Object.keys(changes).length === 0) {
      this.close();
      return;
    }
    this.saveState.set(SAVE_SAVING);
    this.api
      .updateIndicator(current.code, changes)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => this.saved(updated),
        error: (error: unknown) => this.saveState.set(indicatorSaveFailed(error)),
      });
  }

  private open(editor: CatalogueEditor): void {
    this.editorState.set(editor);
    this.saveState.set(SAVE_IDLE);
    this.savedCodeState.set(null);
  }

  /** Puts the answer in the list, in code order as the API lists them, and closes the form. */
  private saved(definition: IndicatorDefinition): void {
    const others = (this.catalogueState().value ?? []).filter(
      ({ code }) => code !== definition.code,
    );
    const catalogue = [...others, definition].sort((a, b) => a.code.localeCompare(b.code));
    this.catalogueState.set({ status: 'ready', value: catalogue, error: null });
    this.editorState.set(null);
    this.saveState.set(SAVE_SAVED);
    this.savedCodeState.set(definition.code);
  }
}

function changesOf(
  current: IndicatorDefinition,
  edited: IndicatorDefinition,
): IndicatorDefinitionChanges {
  const names: Partial<Record<keyof IndicatorNames, string>> = {};
  for (const language of ['ca', 'es', 'en'] as const) {
    if (edited.names[language] !== current.names[language]) {
      names[language] = edited.names[language];
    }
  }
  return {
    ...(edited.type !== current.type ? { type: edited.type } : {}),
    ...(Object.keys(names).length > 0 ? { names } : {}),
    ...(edited.unit !== current.unit ? { unit: edited.unit } : {}),
    ...(edited.aggregationRule !== current.aggregationRule
      ? { aggregationRule: edited.aggregationRule }
      : {}),
    ...(edited.notes !== current.notes ? { notes: edited.notes } : {}),
  };
}
