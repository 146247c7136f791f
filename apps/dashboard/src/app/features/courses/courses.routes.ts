import { type Routes } from '@angular/router';
import { CourseDetailPage } from './pages/course-detail/course-detail.page';
import { CoursesPage } from './pages/courses/courses.page';

export const COURSES_ROUTES: Routes = [
  { path: '', title: 'Courses · Fita', component: CoursesPage },
  // The id is an IRI: the router encodes its slashes, so it stays one segment.
  { path: ':courseId', title: 'Course · Fita', component: CourseDetailPage },
];
