import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

@Component({
  selector: 'fita-year-select',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="field field--inline">
      <span class="field__label">Year</span>
      <select
        class="field__control"
        data-testid="year-select"
        [disabled]="selected() === null"
        (change)="onChange($event)"
      >
        @for (year of years(); track year) {
          <option [value]="year" [selected]="year === selected()">{{ year }}</option>
        }
      </select>
    </label>
  `,
})
export class YearSelectComponent {
  readonly years = input.required<readonly number[]>();
  /** Null while the default year is still being worked out. */
  readonly selected = input.required<number | null>();
  readonly selectedChange = output<number>();

  protected onChange(event: Event): void {
    this.selectedChange.emit(Number((event.target as HTMLSelectElement).value));
  }
}
