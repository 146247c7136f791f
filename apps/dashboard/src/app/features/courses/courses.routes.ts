import { type Routes } from '@angular/router';
import { provideMessages } from '../../core/i18n/provide-messages';
import { textOf } from '../../core/i18n/translator';
import { FIGURES_MESSAGES } from '../../shared/figures/figures.messages';
import { SHARED_MESSAGES } from '../../shared/shared.messages';
import { FILTERS_MESSAGES } from '../filters/filters.messages';
import { COURSES_MESSAGES } from './courses.messages';
import { CourseDetailPage } from './pages/course-detail/course-detail.page';
import { CoursesPage } from './pages/courses/courses.page';

const providers = [
  provideMessages(SHARED_MESSAGES, FIGURES_MESSAGES, FILTERS_MESSAGES, COURSES_MESSAGES),
];

export const COURSES_ROUTES: Routes = [
  {
    path: '',
    title: textOf(COURSES_MESSAGES, 'courses.pageTitle'),
    component: CoursesPage,
    providers,
  },
  // The id is an IRI: the router encodes its slashes, so it stays one segment.
  {
    path: ':courseId',
    title: textOf(COURSES_MESSAGES, 'courses.detailPageTitle'),
    component: CourseDetailPage,
    providers,
  },
];
