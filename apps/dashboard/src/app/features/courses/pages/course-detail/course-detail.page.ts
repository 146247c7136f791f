import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { FiguresOverTimeComponent } from '../../../../shared/figures/figures-over-time.component';
import { FiguresProvenanceComponent } from '../../../../shared/figures/figures-provenance.component';
import { formatName } from '../../../../shared/figures/figure-names';
import { describePeriod, filterQueryParams } from '../../../../shared/filters/indicator-filters';
import { FilterBarComponent } from '../../../filters/components/filter-bar.component';
import { IndicatorFiltersStore } from '../../../filters/data/indicator-filters.store';
import { FigureTilesComponent } from '../../components/figure-tiles.component';
import { CourseDetailStore } from '../../data/course-detail.store';

@Component({
  selector: 'fita-course-detail-page',
  imports: [
    FigureTilesComponent,
    FiguresOverTimeComponent,
    FiguresProvenanceComponent,
    FilterBarComponent,
    RouterLink,
    TranslatePipe,
  ],
  providers: [IndicatorFiltersStore, CourseDetailStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-detail.page.html',
  styleUrl: './course-detail.page.css',
})
export class CourseDetailPage {
  protected readonly store = inject(CourseDetailStore);
  private readonly filters = inject(IndicatorFiltersStore);

  protected readonly formatName = formatName;
  protected readonly period = computed(() => describePeriod(this.filters.filters()));
  /** The list as it was: its filters come back with the link. */
  protected readonly listParams = computed(() =>
    withoutNulls(filterQueryParams(this.filters.filters())),
  );
  /** The other pages, narrowed to this course for the same period. */
  protected readonly courseParams = computed(() => {
    const { from, to } = this.filters.filters();
    return { from, to, course: this.store.courseId() };
  });
}

function withoutNulls(params: Readonly<Record<string, string | null>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== null),
  );
}
