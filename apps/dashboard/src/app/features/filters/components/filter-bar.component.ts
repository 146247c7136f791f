import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FORMAT_FILTERS, type FormatFilter } from '../../../core/api/indicator-figures.model';
import { type Period } from '../../../core/api/period';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatName } from '../../../shared/figures/figure-names';
import { ALL_PRESET_YEARS } from '../../../shared/filters/indicator-filters';
import { CatalogueOptionsStore } from '../data/catalogue-options.store';
import { courseFitsFilters } from '../data/course-fits-filters';
import { IndicatorFiltersStore } from '../data/indicator-filters.store';
import { type CourseOption, CoursePickerComponent } from './course-picker.component';
import { PeriodPickerComponent } from './period-picker.component';

/**
 * The filters every figure page shares: period, programme, format and
 * course. It writes them to the URL through the page's IndicatorFiltersStore.
 * `scope="period"` shows the period alone, for a page that fixes the course.
 */
@Component({
  selector: 'fita-filter-bar',
  imports: [CoursePickerComponent, PeriodPickerComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './filter-bar.component.html',
  styleUrl: './filter-bar.component.css',
})
export class FilterBarComponent {
  readonly scope = input<'all' | 'period'>('all');

  protected readonly store = inject(IndicatorFiltersStore);
  protected readonly catalogue = inject(CatalogueOptionsStore);
  protected readonly formats = FORMAT_FILTERS.map((id) => ({ id, label: formatName(id) }));

  /** The programme of the URL stays choosable even when the catalogue does not list it. */
  protected readonly programmes = computed(() => {
    const listed = this.catalogue.programmes();
    const chosen = this.store.filters().programme;
    return chosen === null || listed.includes(chosen) ? listed : [chosen, ...listed];
  });

  /** The catalogue's courses that can count under the chosen programme and format. */
  protected readonly courseOptions = computed((): CourseOption[] => {
    const filters = this.store.filters();
    return this.catalogue
      .courses()
      .filter((course) => courseFitsFilters(course, filters))
      .map((course) => ({ id: course.activityId, title: course.title }));
  });

  /** A page that shows only the period resets only the period: the other filters stay for "back". */
  protected readonly nothingToReset = computed(() => {
    const { from, to } = this.store.filters();
    return this.scope() === 'period'
      ? from === ALL_PRESET_YEARS.from && to === ALL_PRESET_YEARS.to
      : this.store.isDefault();
  });

  constructor() {
    this.catalogue.load();
  }

  protected reset(): void {
    if (this.scope() === 'period') {
      this.store.apply(ALL_PRESET_YEARS);
    } else {
      this.store.reset();
    }
  }

  protected setPeriod(period: Period): void {
    this.store.apply(period);
  }

  protected setProgramme(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.narrow({ programme: value === '' ? null : value, format: this.store.filters().format });
  }

  protected setFormat(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const format = FORMAT_FILTERS.find((id) => id === value) ?? null;
    this.narrow({ programme: this.store.filters().programme, format });
  }

  protected setCourse(course: string | null): void {
    this.store.apply({ course });
  }

  /** A chosen course that cannot count under the new programme or format is let go. */
  private narrow(next: { programme: string | null; format: FormatFilter | null }): void {
    const course = this.store.filters().course;
    const keep = course !== null && courseFitsFilters(this.catalogue.course(course), next);
    this.store.apply({ ...next, course: keep ? course : null });
  }
}
