import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type CourseFiguresRow } from '../../../core/api/indicator-figures.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatName } from '../../../shared/figures/figure-names';
import { CountPipe } from '../../../shared/format/count.pipe';
import { RatePipe } from '../../../shared/format/rate.pipe';
import { COURSE_COLUMNS, type CourseSort, type CourseSortKey } from '../data/course-table';

/**
 * Each course's figures. Column headers are buttons that sort (aria-sort
 * says how); each course opens its own page with the same filters.
 */
@Component({
  selector: 'fita-course-table',
  imports: [CountPipe, RatePipe, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-table.component.html',
  styleUrl: './course-table.component.css',
})
export class CourseTableComponent {
  readonly courses = input.required<readonly CourseFiguresRow[]>();
  readonly sort = input.required<CourseSort>();
  /** The query parameters a course's link carries: the filters of the list. */
  readonly linkParams = input.required<Readonly<Record<string, string>>>();
  /** The question in words, for the caption. */
  readonly question = input.required<string>();
  readonly sortChange = output<CourseSortKey>();

  protected readonly columns = COURSE_COLUMNS;
  protected readonly formatName = formatName;

  protected ariaSort(key: CourseSortKey): 'ascending' | 'descending' | null {
    const sort = this.sort();
    if (sort.key !== key) return null;
    return sort.direction === 'asc' ? 'ascending' : 'descending';
  }
}
