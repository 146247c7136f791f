import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { type Period, yearPeriod } from '../../../core/api/period';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import {
  ALL_PRESET_YEARS,
  FIRST_PRESET_YEAR,
  LAST_PRESET_YEAR,
  PRESET_YEARS,
  isCalendarDate,
  periodPresetOf,
} from '../../../shared/filters/indicator-filters';

const ALL = 'all';
const CUSTOM = 'custom';

let nextId = 0;

/** A preset year, all the programme's years, or two dates of one's own. */
@Component({
  selector: 'fita-period-picker',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './period-picker.component.html',
  styleUrl: './period-picker.component.css',
})
export class PeriodPickerComponent {
  readonly period = input.required<Period>();
  readonly periodChange = output<Period>();

  private readonly translator = inject(Translator);

  protected readonly ids = `period-${nextId++}`;
  protected readonly years = PRESET_YEARS;
  protected readonly firstYear = FIRST_PRESET_YEAR;
  protected readonly lastYear = LAST_PRESET_YEAR;
  protected readonly customChosen = signal(false);
  protected readonly customError = signal<string | null>(null);

  protected readonly choice = computed(() => {
    if (this.customChosen()) return CUSTOM;
    const preset = periodPresetOf(this.period());
    return preset.kind === 'year' ? String(preset.year) : preset.kind === 'all' ? ALL : CUSTOM;
  });

  protected onChoice(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.customError.set(null);
    if (value === CUSTOM) {
      this.customChosen.set(true);
      return;
    }
    this.customChosen.set(false);
    this.periodChange.emit(value === ALL ? ALL_PRESET_YEARS : yearPeriod(Number(value)));
  }

  protected applyCustom(event: Event, from: string, to: string): void {
    event.preventDefault();
    if (!isCalendarDate(from) || !isCalendarDate(to)) {
      this.customError.set(this.translator.t('filters.enterBothDates'));
      return;
    }
    if (from > to) {
      this.customError.set(this.translator.t('filters.datesOutOfOrder'));
      return;
    }
    this.customError.set(null);
    this.customChosen.set(false);
    this.periodChange.emit({ from, to });
  }
}
