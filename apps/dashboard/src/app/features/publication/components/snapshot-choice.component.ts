import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import {
  DISCLOSURE_K_CHOICES,
  type PublishableSnapshot,
} from '../../../core/api/publication.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { snapshotOptionLabel } from '../data/snapshot-label';

/** Which approved snapshot, and which threshold k, the page publishes. */
@Component({
  selector: 'fita-snapshot-choice',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="choice-row">
      <label class="field field--inline snapshot-field">
        <span class="field__label">{{ 'publication.snapshot.label' | t }}</span>
        <select class="field__control" data-testid="snapshot-select" (change)="onSnapshot($event)">
          @if (unlisted()) {
            <option [value]="selectedId()" selected>
              {{ 'publication.snapshot.unlisted' | t: { id: selectedId() ?? '' } }}
            </option>
          }
          @for (option of options(); track option.id) {
            <option [value]="option.id" [selected]="option.id === selectedId()">
              {{ option.label }}
            </option>
          }
        </select>
      </label>
      <label class="field field--inline">
        <span class="field__label">{{ 'publication.k.label' | t }}</span>
        <select
          class="field__control"
          data-testid="k-select"
          aria-describedby="publication-k-hint"
          [disabled]="k() === null"
          (change)="onK($event)"
        >
          @for (choice of kChoices; track choice) {
            <option [value]="choice" [selected]="choice === k()">
              {{ 'publication.k.option' | t: { k: choice, largest: choice - 1 } }}
            </option>
          }
        </select>
      </label>
    </div>
    <p id="publication-k-hint" class="field-hint">{{ 'publication.k.hint' | t }}</p>
  `,
  styles: `
    .choice-row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem 1.5rem;
      align-items: flex-end;
      margin-bottom: 0.5rem;
    }
    .snapshot-field {
      flex: 1 1 24rem;
    }
  `,
})
export class SnapshotChoiceComponent {
  readonly snapshots = input.required<readonly PublishableSnapshot[]>();
  readonly selectedId = input.required<string | null>();
  /** The selected snapshot is not in the list (named in the URL). */
  readonly unlisted = input.required<boolean>();
  /** Null until the API has said which k it applies by default. */
  readonly k = input.required<number | null>();
  readonly snapshotChange = output<string>();
  readonly kChange = output<number>();

  protected readonly kChoices = DISCLOSURE_K_CHOICES;
  protected readonly options = computed(() =>
    this.snapshots().map((snapshot) => ({ id: snapshot.id, label: snapshotOptionLabel(snapshot) })),
  );

  protected onSnapshot(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    if (id !== this.selectedId()) this.snapshotChange.emit(id);
  }

  protected onK(event: Event): void {
    const k = Number((event.target as HTMLSelectElement).value);
    if (k !== this.k()) this.kChange.emit(k);
  }
}
