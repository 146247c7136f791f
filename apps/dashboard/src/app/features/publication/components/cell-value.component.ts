import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatCount } from '../../../shared/format/locale-format';
import { type PublishedRow } from '../data/published-rows';

/** A published cell: its count, or its mark with what the mark means for screen readers. */
@Component({
  selector: 'fita-cell-value',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (count(); as count) {
      {{ count }}
    } @else {
      <span aria-hidden="true">{{ row().value }}</span>
      <span class="visually-hidden">
        @if (row().hidden === 'primary') {
          {{ 'publication.cell.primary' | t: { k: k() } }}
        } @else {
          {{ 'publication.cell.secondary' | t }}
        }
      </span>
    }
  `,
})
export class CellValueComponent {
  readonly row = input.required<PublishedRow>();
  readonly k = input.required<number>();

  /** The count in the interface language, or null for a hidden cell. */
  protected readonly count = computed(() => {
    const { value } = this.row();
    return typeof value === 'number' ? formatCount(value) : null;
  });
}
