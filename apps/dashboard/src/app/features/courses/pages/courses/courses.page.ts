import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { FiguresProvenanceComponent } from '../../../../shared/figures/figures-provenance.component';
import { filterQueryParams } from '../../../../shared/filters/indicator-filters';
import { CountPipe } from '../../../../shared/format/count.pipe';
import { FilterBarComponent } from '../../../filters/components/filter-bar.component';
import { IndicatorFiltersStore } from '../../../filters/data/indicator-filters.store';
import { CourseTableComponent } from '../../components/course-table.component';
import { CoursesStore } from '../../data/courses.store';

@Component({
  selector: 'fita-courses-page',
  imports: [
    CountPipe,
    CourseTableComponent,
    FiguresProvenanceComponent,
    FilterBarComponent,
    TranslatePipe,
  ],
  providers: [IndicatorFiltersStore, CoursesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './courses.page.html',
  styleUrl: './courses.page.css',
})
export class CoursesPage {
  protected readonly store = inject(CoursesStore);
  protected readonly filters = inject(IndicatorFiltersStore);
  protected readonly question = this.filters.question;
  /** A course's page keeps the list's filters, so "back" finds the same list. */
  protected readonly linkParams = computed(() => {
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(filterQueryParams(this.filters.filters()))) {
      if (value !== null) params[key] = value;
    }
    return params;
  });

  protected onSearch(event: Event): void {
    this.store.search((event.target as HTMLInputElement).value);
  }
}
